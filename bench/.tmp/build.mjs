import { build } from 'esbuild'
const common = { bundle: true, platform: 'node', target: 'node24', format: 'esm', minify: true, legalComments: 'none', logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } }
await build({ ...common, entryPoints: ['bench/.tmp/core-only.ts'], outfile: 'bench/.tmp/out-core/index.js' })
await build({ ...common, entryPoints: ['bench/.tmp/lazy-entry.ts'], outdir: 'bench/.tmp/out-lazy', splitting: true })
await build({ ...common, entryPoints: ['bench/.tmp/lazy2.ts'], outdir: 'bench/.tmp/out-lazy2', splitting: true })
