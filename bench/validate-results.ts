/** Checks that a results file has exactly the shape and ids issue 6 fixes (CI runs `--quick` and relies on it). */
import { SCENARIO_IDS } from './result.js'

const NUMBERS = ['requests', 'points', 'writes', 'wallMs', 'rssMb', 'perSecond', 'ratio'] as const
const KEYS = ['scenario', ...NUMBERS, 'target', 'met', 'converged'].sort().join(',')

/** Problems with `data` as a results file; empty when it is valid. */
export function validateResults(data: unknown): string[] {
  if (!Array.isArray(data)) return ['the results are not a JSON array']
  const problems: string[] = []
  const ids = data.map((row: { scenario?: unknown }) => row?.scenario)
  if (ids.join(',') !== SCENARIO_IDS.join(','))
    problems.push(`scenario ids are ${JSON.stringify(ids)}, expected ${JSON.stringify(SCENARIO_IDS)}`)
  for (const row of data as Record<string, unknown>[]) {
    const where = `row ${String(row?.scenario)}`
    if (typeof row !== 'object' || row === null) {
      problems.push(`${where} is not an object`)
      continue
    }
    if (Object.keys(row).sort().join(',') !== KEYS)
      problems.push(`${where} has keys ${Object.keys(row).join(', ')}`)
    for (const key of NUMBERS) {
      const value = row[key]
      if (value !== null && !(typeof value === 'number' && Number.isFinite(value) && value >= 0))
        problems.push(`${where}: ${key} is ${JSON.stringify(value)}, expected a number ≥ 0 or null`)
    }
    if (row.target !== null && typeof row.target !== 'string')
      problems.push(`${where}: target is not a string or null`)
    if (row.met !== null && typeof row.met !== 'boolean')
      problems.push(`${where}: met is not a boolean or null`)
    if (row.converged !== null && typeof row.converged !== 'boolean')
      problems.push(`${where}: converged is not a boolean or null`)
  }
  return problems
}
