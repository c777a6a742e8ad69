// Shared by scripts/build-action.mjs and scripts/build-cli.mjs: bundles TypeScript entries with
// esbuild into ESM for Node, with code splitting (an entry `import()`s what only some runs need, so a
// cold start compiles little), plus licenses.txt with the license of every package inside the bundle.
//
// Deterministic: chunk names carry a hash of their content, so the same sources give byte-identical
// files (CI's check:dist). The build is written to memory first; only when it succeeds is `outdir`
// emptied of the previous build's JavaScript (stale hashed chunks) and the new files written.
import { build, transform } from 'esbuild'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { builtinModules } from 'node:module'
import { stdout } from 'node:process'

/**
 * Builds `entryPoints` into `outdir` (`<outdir>/<name>.js`, chunks in `<outdir>/chunks/`), writes
 * `<outdir>/licenses.txt` and prints each file's size. `plugins` are esbuild plugins. Returns esbuild's
 * output files and metafile.
 *
 * `commonjs: true` writes CommonJS instead (`.cjs` files that `require()` each other, the same chunks
 * and the same lazy loading): Node can only keep compiled code for CommonJS before version 22 (see
 * src/cli/code-cache.ts), and a CommonJS entry skips starting the ES module loader.
 */
export async function bundleForNode({ root, entryPoints, outdir, target, plugins = [], commonjs = false }) {
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
    plugins: [nodePrefix, ...plugins],
    ...(commonjs
      ? { outExtension: { '.js': '.cjs' } }
      : {
          // Some CommonJS dependencies call require() for Node built-ins; ESM output has no `require`.
          // Every output file is its own module, so each gets its own `require` (no clash between chunks).
          banner: {
            js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
          },
        }),
  })

  removePreviousBuild(outdir)
  for (const file of result.outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true })
    let text = file.text
    if (/\.c?js$/.test(file.path)) {
      if (commonjs) text = await toCommonJs(text, target, relative(root, file.path))
      text = asciiOnly(text, relative(root, file.path))
    }
    writeFileSync(file.path, text)
  }
  writeFileSync(join(outdir, 'licenses.txt'), renderLicenses(root, Object.keys(result.metafile.inputs)))
  for (const file of result.outputFiles)
    stdout.write(`${relative(root, file.path)}: ${(file.contents.length / 1024).toFixed(0)} KiB\n`)
  return { outputFiles: result.outputFiles, metafile: result.metafile }
}

/**
 * Bundled CommonJS packages `require('process')` or `require('buffer')`; Node looks such a name up as
 * a package first (reading package.json files) before finding the built-in, on every start. The
 * `node:` prefix goes to the built-in at once.
 */
const nodePrefix = {
  name: 'node-prefix',
  setup(build) {
    const names = builtinModules.filter((name) => !name.startsWith('_'))
    const filter = new RegExp(`^(${names.map((name) => name.replace(/[/.]/g, '\\$&')).join('|')})$`)
    build.onResolve({ filter }, (args) => ({ path: `node:${args.path}`, external: true }))
  },
}

/**
 * One ES module output file as CommonJS: imports become `require()` (a dynamic `import()` too, so a
 * lazily loaded chunk is still loaded only when needed), exports `module.exports`, `import.meta.url`
 * the file's URL. Chunks keep their names (`.cjs`), so they still share one copy of each module.
 */
async function toCommonJs(text, target, name) {
  const usesMeta = text.includes('import.meta')
  const { code, warnings } = await transform(text, {
    loader: 'js',
    format: 'cjs',
    target,
    minify: true,
    legalComments: 'none',
    supported: { 'dynamic-import': false },
    logLevel: 'error',
    ...(usesMeta
      ? {
          define: { 'import.meta.url': '__importMetaUrl' },
          banner: 'var __importMetaUrl=require("node:url").pathToFileURL(__filename).href;',
        }
      : {}),
  })
  if (warnings.length > 0) throw new Error(`${name}: ${warnings.map((w) => w.text).join('; ')}`)
  return code
}

/**
 * esbuild writes strings as ASCII but keeps regular expression literals as they are, and a single
 * non-ASCII character makes Node decode a whole file the slow way (about 12 ms for 800 KB, on every
 * start). So each non-ASCII UTF-16 unit becomes `\uXXXX`, which means the same in a regular expression
 * (with or without the `u` or `v` flag: a surrogate pair of escapes is one code point there), a string
 * or an identifier. A character escaped by a backslash already (`\é`) would change meaning: fail.
 */
function asciiOnly(text, name) {
  return text.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, char) => {
    if (slashes.length % 2 === 1)
      throw new Error(`${name}: a backslash escapes the non-ASCII character ${JSON.stringify(char)}`)
    return `${slashes}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`
  })
}

/** Deletes the JavaScript of the previous build (`outdir`/*.js and `outdir`/chunks/), keeping anything else. */
function removePreviousBuild(outdir) {
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true })
  if (!existsSync(outdir)) return
  for (const name of readdirSync(outdir)) if (/\.c?js(\.map)?$/.test(name)) rmSync(join(outdir, name))
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
