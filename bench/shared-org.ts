/**
 * The installed 1,000-repository organisation that `refresh-1000`, `refresh-unchanged` and
 * `event-labeled` share in one process (cold refresh first; the others need a warm installation),
 * and the growth scenarios' sizes. `--quick` shrinks every organisation tenfold.
 */
import type { ScenarioContext } from './result.js'
import { count } from './result.js'
import {
  install,
  measure,
  openOrgSession,
  problems,
  trackingBody,
  type Measured,
  type OrgSession,
  type OrgSize,
} from './org-session.js'
import { formatRoutes } from './route-counts.js'

/** refresh-1000 and its warm siblings count one migration detected from the code besides the labelled ones. */
export const ONE_DETECTED = { migrations: 1, createIssues: false }

/** About 20,000 migration issues and 5,000 ADRs on 1,000 repositories (three migrations). */
export function orgSize(repos: number): OrgSize {
  return { repos, issuesPerRepo: 29, adrsPerRepo: 5 }
}

interface Warm extends OrgSession {
  cold: Measured | null
}

/** The shared 1,000-repository organisation (100 with `--quick`). */
export function largeOrg(context: ScenarioContext): Promise<Warm> {
  const repos = context.quick ? 100 : 1000
  return context.share(
    `org-${repos}`,
    async () => ({ ...(await openOrgSession(orgSize(repos), { detect: ONE_DETECTED })), cold: null }),
    (session) => session.close(),
  )
}

/** Installs the app (a cold, full refresh) once; later callers get the first measurement. */
export async function coldRefresh(session: Warm): Promise<Measured> {
  if (!session.cold) {
    session.cold = await measure(session, install(session))
    if (trackingBody(session.sim) === null)
      throw new Error('[bench] The cold refresh posted no tracking issue.')
  }
  return session.cold
}

/** The notes every refresh row carries: requests by route, queries, memory, problems. */
export function refreshNotes(session: OrgSession, m: Measured): string[] {
  const body = trackingBody(session.sim)
  return [
    `requests by route: ${formatRoutes(m.byRoute) || 'none'}`,
    `${m.graphqlQueries} GraphQL queries${m.graphqlGapMs === null ? '' : `, started a median ${m.graphqlGapMs} ms apart`}; app process RSS ${m.rssMb} MB after, peak ${m.peakRssMb} MB`,
    ...(m.rateLimited > 0 ? [`**${m.rateLimited} requests were refused for the primary rate limit**`] : []),
    `tracking issue body: ${body === null ? 'missing' : `${count(body.length)} characters`}; seeding the simulator took ${(session.seedMs / 1000).toFixed(1)} s (not counted)`,
    ...problems(session.sim, m.log),
  ]
}

/** A cold full refresh of a fresh organisation of `size`, in a session of its own. */
export async function refreshFresh(
  size: OrgSize,
  options: Parameters<typeof openOrgSession>[1] = {},
): Promise<{ session: OrgSession; m: Measured; notes: string[] }> {
  const session = await openOrgSession(size, options)
  try {
    const m = await measure(session, install(session))
    if (trackingBody(session.sim) === null) throw new Error('[bench] The refresh posted no tracking issue.')
    return { session, m, notes: refreshNotes(session, m) }
  } finally {
    await session.close()
  }
}

/** Requests and points per 100 repositories, for comparing sizes. */
export function perHundred(m: Measured, repos: number): string {
  const per = (value: number) => ((value * 100) / repos).toFixed(1)
  return `${per(m.requests)} requests, ${per(m.graphqlQueries)} GraphQL queries and ${per(m.points)} points per 100 repositories`
}
