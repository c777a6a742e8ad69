/**
 * Measures ADR parse throughput on 10,000 generated ADRs of mixed formats, on one core.
 * Run: `npx tsx scripts/measure-adr-parse.ts [count] [rounds]`. Prints ADRs/s; asserts nothing.
 */
import { parseAdr } from '../src/core/adr/parse-adr.js'
import { generateAdr } from '../test/helpers/generate-adrs.js'

const count = Number(process.argv[2] ?? 10_000)
const rounds = Number(process.argv[3] ?? 5)
const adrs = Array.from({ length: count }, (_, i) => generateAdr(i))
const bytes = adrs.reduce((sum, a) => sum + a.text.length, 0)

// Warm up the JIT so the rounds measure steady-state parsing.
for (const { path, text } of adrs.slice(0, 2000)) parseAdr(path, text)

// CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
const wall: number[] = []
const cpu: number[] = []
for (let round = 0; round < rounds; round++) {
  const startWall = performance.now()
  const startCpu = process.cpuUsage()
  for (const { path, text } of adrs) parseAdr(path, text)
  const used = process.cpuUsage(startCpu)
  wall.push(count / ((performance.now() - startWall) / 1000))
  cpu.push(count / ((used.user + used.system) / 1e6))
}
const median = (rates: number[]): string =>
  Math.round([...rates].sort((a, b) => a - b)[Math.floor(rates.length / 2)] ?? 0).toLocaleString('en')
console.log(
  `parseAdr: ${count} ADRs (${(bytes / 1024 / 1024).toFixed(1)} MB, avg ${Math.round(bytes / count)} chars), ` +
    `median of ${rounds} rounds: ${median(cpu)} ADRs/s of CPU time on one core, ${median(wall)} ADRs/s wall clock`,
)
