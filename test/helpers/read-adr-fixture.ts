import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const DIR = fileURLToPath(new URL('../fixtures/adrs/', import.meta.url))

/** The exact text of an ADR fixture (BOM and CRLF kept). */
export function readAdrFixture(name: string): string {
  return readFileSync(`${DIR}${name}`, 'utf8')
}
