// Shared by scripts/build-action.mjs and scripts/build-cli.mjs: bundles TypeScript entries with
// esbuild into ESM for Node, with code splitting (an entry `import()`s what only some runs need, so a
// cold start compiles little), plus licenses.txt with the license of every package inside the bundle.
//
// Deterministic: chunk names carry a hash of their content, so the same sources give byte-identical
// files (CI's check:dist). The build is written to memory first; only when it succeeds is `outdir`
// emptied of the previous build's JavaScript (stale hashed chunks) and the new files written.
import { build } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { stdout } from 'node:process'

/**
 * Builds `entryPoints` into `outdir` (`<outdir>/<name>.js`, chunks in `<outdir>/chunks/`), writes
 * `<outdir>/licenses.txt` and prints each file's size. `plugins` are esbuild plugins. Returns esbuild's
 * output files and metafile.
 */
export async function bundleForNode({ root, entryPoints, outdir, target, plugins = [] }) {
  const result = await build({
    entryPoints,
    outdir,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    target,
    format: 'esm',
    minify: true,
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins,
    // Some CommonJS dependencies call require() for Node built-ins; ESM output has no `require`. Every
    // output file is its own module, so each gets its own `require` (no clash between chunks).
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  })

  removePreviousBuild(outdir)
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true })
    writeFileSync(file.path, file.contents)
  }
  writeFileSync(join(outdir, 'licenses.txt'), renderLicenses(root, Object.keys(result.metafile.inputs)))
  for (const file of result.outputFiles)
    stdout.write(`${relative(root, file.path)}: ${(file.contents.length / 1024).toFixed(0)} KiB\n`)
  return { outputFiles: result.outputFiles, metafile: result.metafile }
}

/** Deletes the JavaScript of the previous build (`outdir`/*.js and `outdir`/chunks/), keeping anything else. */
function removePreviousBuild(outdir) {
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true })
  if (!existsSync(outdir)) return
  for (const name of readdirSync(outdir))
    if (name.endsWith('.js') || name.endsWith('.js.map')) rmSync(join(outdir, name))
}

/** One section per bundled package (name, version, license text), sorted by name. */
function renderLicenses(root, inputs) {
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
