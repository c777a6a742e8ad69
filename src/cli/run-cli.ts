// Entry point of the CLI, loaded by bin/strategy-trace.js: no logic here (see main.ts).
import { readFile } from 'node:fs/promises'
import { main } from './main.js'
import { createProcessIo } from './process-io.js'

const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string
}
process.exitCode = await main(process.argv.slice(2), createProcessIo(), manifest.version)
