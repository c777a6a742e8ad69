import type { Dependency } from './dependency.js'

const MODULE = /^(\S+)\s+(\S+)/

/**
 * Reads `go.mod`: `require path version` lines and `require ( … )` blocks; `// indirect` requirements
 * are kept like the others. go.mod is a line-oriented format with no maintained JavaScript parser;
 * its grammar puts one requirement on a line, so reading it line by line is reading it exactly.
 */
export function readGoMod(text: string): Dependency[] {
  const dependencies: Dependency[] = []
  let inRequire = false
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/\/\/.*$/, '').trim()
    if (inRequire) {
      if (line.startsWith(')')) inRequire = false
      else add(line, index)
      return
    }
    if (/^require\s*\($/.test(line)) inRequire = true
    else if (line.startsWith('require ')) add(line.slice('require '.length).trim(), index)
  })
  return dependencies

  function add(spec: string, index: number): void {
    const match = MODULE.exec(spec)
    if (match === null) return
    const name = (match[1] ?? '').replace(/^"(.*)"$/, '$1')
    dependencies.push({ ecosystem: 'go', name, version: match[2] ?? null, line: index + 1 })
  }
}
