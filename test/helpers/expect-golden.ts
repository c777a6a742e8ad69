import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'

/**
 * Compares rendered markdown with `test/golden/<name>.md`. With `UPDATE_GOLDEN=1` it writes the file
 * instead, so a reviewer reads the change as a diff of real markdown.
 */
export function expectGolden(name: string, actual: string): void {
  const path = fileURLToPath(new URL(`../golden/${name}.md`, import.meta.url))
  if (process.env.UPDATE_GOLDEN === '1') {
    writeFileSync(path, actual)
    return
  }
  if (!existsSync(path)) {
    throw new Error(`test/golden/${name}.md does not exist: run the test with UPDATE_GOLDEN=1 to create it.`)
  }
  expect(actual).toBe(readFileSync(path, 'utf8'))
}

/** Pipes that split a table cell: not escaped by an odd number of backslashes. */
export function countCellSeparators(line: string): number {
  return [...line.matchAll(/(\\*)\|/g)].filter((m) => (m[1] ?? '').length % 2 === 0).length
}
