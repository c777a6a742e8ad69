/**
 * Loading the strategy config at the sizes the limits allow: a 1,000-team config (target ≤ 100 ms),
 * a 5,000-team config (must load), and every large hostile input of the hardening tests up to 1 MiB
 * (target ≤ 1 s each: deep nesting, alias bombs, huge scalars, and each costly shape just under the
 * entry and token limits). Each input is read as the Action and the app read it (readConfigDocument,
 * then parseConfig), after a warm-up; the median of a few rounds, on CPU time and on the wall clock.
 */
import { ConfigError } from '../../src/core/config/config-error.js'
import { parseConfig, readConfigDocument } from '../../src/core/config/parse-config.js'
import { countTokens, largeConfigInputs, teamsConfig } from '../../test/hardening/config-inputs.js'
import { count, emptyRow, median, type Scenario } from '../result.js'

const HOSTILE_MS = 1_000
const TEAMS_1000_MS = 100

function load(text: string): 'config' | 'refused' {
  try {
    readConfigDocument(text, '.github/strategy.yml')
    parseConfig(text, '.github/strategy.yml')
    return 'config'
  } catch (error) {
    if (error instanceof ConfigError) return 'refused'
    throw error
  }
}

/**
 * Median CPU and wall milliseconds of `rounds` loads, the lower of the two (`ms`: the wall clock also
 * counts other processes' turns, CPU time also counts GC helper threads), and the outcome.
 */
function time(text: string, rounds: number): { ms: number; cpuMs: number; wallMs: number; outcome: string } {
  const cpu: number[] = []
  const wall: number[] = []
  let outcome = ''
  for (let round = 0; round < rounds; round++) {
    const startCpu = process.cpuUsage()
    const startWall = performance.now()
    outcome = load(text)
    wall.push(performance.now() - startWall)
    const used = process.cpuUsage(startCpu)
    cpu.push((used.user + used.system) / 1000)
  }
  return { ms: Math.min(median(cpu), median(wall)), cpuMs: median(cpu), wallMs: median(wall), outcome }
}

const scenario: Scenario = {
  id: 'config-load',
  async run({ quick }) {
    const rounds = quick ? 1 : 3
    const teams1000 = teamsConfig(1_000)
    const teams5000 = teamsConfig(5_000)
    // Warm, as in the app (one process loads many configs); the Action's first load also compiles.
    for (let i = 0; i < 5; i++) load(teams1000)
    const t1000 = time(teams1000, quick ? 3 : 7)
    const t5000 = time(teams5000, rounds)
    const hostile = largeConfigInputs().map((input) => ({ ...input, ...time(input.text, rounds) }))
    const worst = hostile.reduce((a, b) => (b.ms > a.ms ? b : a))
    const perToken = (ms: number, text: string) => ((ms * 1000) / countTokens(text)).toFixed(1)
    const met = worst.ms <= HOSTILE_MS && t1000.ms <= TEAMS_1000_MS && t5000.outcome === 'config'
    return {
      row: {
        ...emptyRow('config-load'),
        wallMs: Math.round(worst.ms),
        target: `≤ ${HOSTILE_MS} ms for any input up to 1 MiB, ≤ ${TEAMS_1000_MS} ms for 1,000 teams, 5,000 teams load`,
        met,
      },
      workload: `${hostile.length} hostile inputs up to 1 MiB, a 1,000-team (${Math.round(teams1000.length / 1024)} KiB) and a 5,000-team (${Math.round(teams5000.length / 1024)} KiB) config`,
      notes: [
        `medians of ${rounds} rounds (1,000 teams: ${quick ? 3 : 7}) after 5 warm-up loads; each figure is the lower of CPU time and wall clock`,
        `1,000 teams: ${Math.round(t1000.ms)} ms (${Math.round(t1000.cpuMs)} ms CPU, ${Math.round(t1000.wallMs)} ms wall), ${perToken(t1000.ms, teams1000)} µs a token; 5,000 teams: ${Math.round(t5000.ms)} ms (${Math.round(t5000.cpuMs)} ms CPU, ${Math.round(t5000.wallMs)} ms wall), ${perToken(t5000.ms, teams5000)} µs a token (${t5000.outcome})`,
        `slowest hostile input: ${worst.family} (${count(worst.text.length)} characters): ${Math.round(worst.ms)} ms (${Math.round(worst.cpuMs)} ms CPU, ${Math.round(worst.wallMs)} ms wall)`,
        ...hostile
          .slice()
          .sort((a, b) => b.ms - a.ms)
          .map((h) => `${h.family}: ${Math.round(h.ms)} ms (${h.outcome})`),
      ],
    }
  },
}

export default scenario
