// Bundles the Action (src/action/index.ts) into dist/index.js for `runs.using: node24`, plus
// dist/licenses.txt with the license of every package inside the bundle. Run: npm run build:action.
import { build } from 'esbuild'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { stdout } from 'node:process'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const outfile = join(root, 'dist/index.js')

const result = await build({
  entryPoints: [join(root, 'src/action/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  minify: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Some CommonJS dependencies call require() for Node built-ins; ESM output has no `require`.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
})

writeFileSync(join(root, 'dist/licenses.txt'), renderLicenses(Object.keys(result.metafile.inputs)))
const size = (result.metafile.outputs[relative(root, outfile)]?.bytes ?? 0) / 1024
stdout.write(`dist/index.js: ${size.toFixed(0)} KiB\n`)

/** One section per bundled package (name, version, license text), sorted by name. */
function renderLicenses(inputs) {
  const packages = new Map()
  for (const input of inputs) {
    const match = /^(.*node_modules\/)((?:@[^/]+\/)?[^/]+)\//.exec(input)
    if (!match) continue
    const dir = join(root, match[1], match[2])
    if (packages.has(dir)) continue
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
    packages.set(dir, {
      name: meta.name,
      version: meta.version,
      license: meta.license ?? 'UNKNOWN',
      text: licenseText(dir),
    })
  }
  const sorted = [...packages.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  )
  const unique = sorted.filter(
    (p, i) => i === 0 || p.name !== sorted[i - 1].name || p.version !== sorted[i - 1].version,
  )
  return unique
    .map((p) => `${p.name}@${p.version}\n${p.license}\n${p.text ? `\n${p.text.trim()}\n` : ''}`)
    .join('\n-----\n\n')
}

function licenseText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name))
  return file && existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : ''
}
