import { install, measure, openOrgSession } from './org-session.js'
const repos = Number(process.argv[2] ?? 100)
const throttle = process.argv[3] !== 'off'
const batchSize = Number(process.argv[4] ?? 0) || undefined
const s = await openOrgSession({ repos, issuesPerRepo: 29, adrsPerRepo: 5 }, { throttle, batchSize })
const log: [number, string][] = []
const orig = s.sim.counters.count.bind(s.sim.counters)
let t0 = 0
s.sim.counters.count = (k: string) => { log.push([performance.now() - t0, k]); orig(k) }
t0 = performance.now()
const m = await measure(s, install(s))
console.log(repos, throttle, batchSize, m.requests, m.graphqlQueries, m.points, m.wallMs, m.peakRssMb)
if (process.argv[5]) for (const [t, k] of log) console.log(t.toFixed(0).padStart(6), k)
await s.close()
