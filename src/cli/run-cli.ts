// Entry point of the CLI, loaded by bin/strategy-trace.cjs: no logic here (see main.ts). No top-level
// await: the bundle is CommonJS (scripts/build-cli.mjs).
import { readFileSync } from 'node:fs'
import { main } from './main.js'
import { createProcessIo } from './process-io.js'

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}
void main(process.argv.slice(2), createProcessIo(), manifest.version).then((code) => {
  process.exitCode = code
})
