import { install, measure, openOrgSession, trackingBody, formatRoutes, problems } from './org-session.js'
const repos = Number(process.argv[2] ?? 100)
const s = await openOrgSession({ repos, issuesPerRepo: 29, adrsPerRepo: 5 })
console.log(s.workload, s.seedMs)
const m = await measure(s, install(s))
console.log({ ...m, byRoute: formatRoutes(m.byRoute) }, (trackingBody(s.sim) ?? 'NONE').length, problems(s.sim, m.log))
const again = await measure(s, () => s.sim.deliver('installation', structuredClone(s.sim.webhooks.deliveries.find((d) => d.event === 'installation')?.payload ?? {})))
console.log('unchanged', { ...again, byRoute: formatRoutes(again.byRoute) })
await s.close()
