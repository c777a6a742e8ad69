// Bundles the CLI (src/cli/run-cli.ts) into dist/cli/, so `strategy-trace` runs as plain JavaScript
// with no TypeScript loader: a small entry, dist/cli/run-cli.cjs (argument routing and `--help`), that
// loads each command from dist/cli/chunks/ only when it runs, so `check` never compiles the
// leaderboard, Octokit or the simulator. CommonJS, so that bin/strategy-trace.cjs can keep the compiled
// code between runs on every Node version (dist/cli/code-cache.cjs, from src/cli/code-cache.ts). Plus
// dist/cli/licenses.txt and the simulator's route table.
// Run: npm run build:cli. Target node20: the package declares `engines.node >=20`.
import { copyFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { bundleForNode } from './bundle-for-node.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outdir = join(root, 'dist/cli')

/**
 * zod's classic API re-exports all of its ~40 message translations as `z.locales`, a namespace the
 * bundler cannot prune: 230 KiB of the 660 KiB every `check` compiles. Nothing here reads
 * `z.locales`, and zod installs English by itself, so the bundle keeps only `en`.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: "export { default as en } from './en.js'\n",
      resolveDir: dirname(args.path),
    }))
  },
}

const { metafile } = await bundleForNode({
  root,
  entryPoints: [join(root, 'src/cli/run-cli.ts'), join(root, 'src/cli/code-cache.ts')],
  outdir,
  target: 'node20',
  plugins: [zodEnglishOnly],
  commonjs: true,
})

// `leaderboard --sample demo` runs the simulator (bundled, in a chunk of its own), which reads its
// REST route table from `new URL('../routes.json', import.meta.url)`: from dist/cli/chunks/ that is
// this copy. Fail the build if the simulator's code ever lands elsewhere.
const holder = Object.entries(metafile.outputs).find(([, output]) =>
  Object.keys(output.inputs).includes('sim/router/route-table.ts'),
)
if (!holder || dirname(resolve(root, holder[0])) !== join(outdir, 'chunks'))
  throw new Error(`sim/router/route-table.ts is bundled into ${holder?.[0]}, not dist/cli/chunks/`)
copyFileSync(join(root, 'sim/routes.json'), join(outdir, 'routes.json'))
stdout.write(`${relative(root, join(outdir, 'routes.json'))}: copied from sim/routes.json\n`)
