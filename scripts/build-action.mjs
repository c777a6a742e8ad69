// Bundles the Action (src/action/index.ts) for `runs.using: node24` into dist/: a small entry,
// dist/index.js, that answers skipped events on its own and `import()`s the rest from dist/chunks/
// (code splitting keeps a skipped event's cold start near `node -e 0`), plus dist/licenses.txt with
// the license of every package inside the bundle. Run: npm run build:action. The CLI has its own
// bundle in dist/cli/ (scripts/build-cli.mjs); both are built by scripts/bundle-for-node.mjs.
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleForNode } from './bundle-for-node.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

await bundleForNode({
  root,
  entryPoints: [join(root, 'src/action/index.ts')],
  outdir: join(root, 'dist'),
  target: 'node24',
})
