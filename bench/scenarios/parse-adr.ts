/**
 * ADR parser throughput: 10,000 generated ADRs of mixed formats (Nygard, MADR 2/3/4, inline fields,
 * tables, adr-tools, log4brains…), parsed on one core. Target: ≥ 50,000 ADRs/s.
 */
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import { generateAdr } from '../../test/helpers/generate-adrs.js'
import { count, emptyRow, median, type Scenario } from '../result.js'

const TARGET = 50_000

const scenario: Scenario = {
  id: 'parse-adr',
  async run({ quick }) {
    const total = quick ? 2_000 : 10_000
    const rounds = quick ? 3 : 7
    const adrs = Array.from({ length: total }, (_, i) => generateAdr(i))
    const formats = new Set(adrs.map((a) => a.expected.format))
    const bytes = adrs.reduce((sum, a) => sum + a.text.length, 0)
    // Warm-up: the rounds measure steady-state parsing, as in a long-running app.
    for (const { path, text } of adrs.slice(0, 2_000)) parseAdr(path, text)
    const wall: number[] = []
    const cpu: number[] = []
    let parsedWithStatus = 0
    for (let round = 0; round < rounds; round++) {
      const startCpu = process.cpuUsage()
      const startWall = performance.now()
      for (const { path, text } of adrs) if (parseAdr(path, text).adr.status) parsedWithStatus++
      const wallMs = performance.now() - startWall
      const used = process.cpuUsage(startCpu)
      wall.push(wallMs)
      cpu.push((used.user + used.system) / 1000)
    }
    const rate = (ms: number) => Math.round(total / (ms / 1000))
    const wallRate = rate(median(wall))
    const cpuRate = rate(median(cpu))
    // The lower of the two: wall time also counts other processes' turns; CPU time counts GC helper threads.
    const perSecond = Math.min(wallRate, cpuRate)
    return {
      row: {
        ...emptyRow('parse-adr'),
        wallMs: Math.round(median(wall)),
        perSecond,
        target: `≥ ${count(TARGET)} ADRs/s on one core`,
        met: perSecond >= TARGET,
      },
      workload: `${count(total)} ADRs in ${formats.size} formats, ${(bytes / 1e6).toFixed(1)} MB (${count(Math.round(bytes / total))} characters on average)`,
      notes: [
        `median of ${rounds} rounds after a warm-up of 2,000: ${count(wallRate)} ADRs/s by the wall clock, ${count(cpuRate)} ADRs/s of CPU time; the row shows the lower`,
        `first round: ${Math.round(wall[0] ?? 0)} ms for ${count(total)} ADRs; ${count(parsedWithStatus / rounds)} of ${count(total)} had a status`,
      ],
    }
  },
}

export default scenario
