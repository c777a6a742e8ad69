import { install, measure, openOrgSession, formatRoutes } from './org-session.js'
const repos = Number(process.argv[2] ?? 100)
const throttle = process.argv[3] !== 'off'
const batchSize = Number(process.argv[4] ?? 0) || undefined
const s = await openOrgSession({ repos, issuesPerRepo: 29, adrsPerRepo: 5 }, { throttle, batchSize })
const m = await measure(s, install(s))
console.log(repos, throttle, batchSize, { ...m, byRoute: formatRoutes(m.byRoute) })
await s.close()
