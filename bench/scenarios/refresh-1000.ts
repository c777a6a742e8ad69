/**
 * The first, full leaderboard refresh of an organisation of 1,000 repositories, 20,000 migration issues
 * and 5,000 ADRs, plus one migration detected from the code (npm `package.json` of every repository):
 * the app is installed and refreshes from cold. Targets: ≤ 60 requests, ≤ 1,500 GraphQL
 * points, ≤ 20 s, ≤ 300 MB.
 */
import { count, emptyRow, type Scenario } from '../result.js'
import { coldRefresh, largeOrg, ONE_DETECTED, orgSize, refreshFresh, refreshNotes } from '../shared-org.js'

const TARGET = { requests: 60, points: 1500, wallMs: 20_000, rssMb: 300 }

const scenario: Scenario = {
  id: 'refresh-1000',
  async run(context) {
    const session = await largeOrg(context)
    const m = await coldRefresh(session)
    // Diagnosis: the same cold refresh with Octokit's throttling off shows how much of the wall time is pacing.
    const unthrottled = context.quick
      ? null
      : (await refreshFresh(orgSize(1000), { throttle: false, detect: ONE_DETECTED })).m
    const met =
      m.requests <= TARGET.requests &&
      m.points <= TARGET.points &&
      m.wallMs <= TARGET.wallMs &&
      m.peakRssMb <= TARGET.rssMb
    return {
      row: {
        ...emptyRow('refresh-1000'),
        requests: m.requests,
        points: m.points,
        writes: m.writes,
        wallMs: m.wallMs,
        rssMb: m.peakRssMb,
        target: `≤ ${TARGET.requests} requests, ≤ ${count(TARGET.points)} points, ≤ ${TARGET.wallMs / 1000} s, ≤ ${TARGET.rssMb} MB`,
        met,
      },
      workload: session.workload,
      notes: [
        ...refreshNotes(session, m),
        "pacing: Probot's Octokit (plugin-throttling) sends GraphQL requests through its `write` group, which starts at most one request a second; the queries above run one after the other, so the wall time is about one second per GraphQL query plus the REST calls around them",
        ...(unthrottled
          ? [
              `diagnosis: the same cold refresh on a fresh copy of the org with throttling turned off: ${(unthrottled.wallMs / 1000).toFixed(1)} s, ${unthrottled.requests} requests, ${unthrottled.graphqlQueries} GraphQL queries${unthrottled.graphqlGapMs === null ? '' : ` a median ${unthrottled.graphqlGapMs} ms apart`} (production keeps throttling on)`,
            ]
          : []),
      ],
    }
  },
}

export default scenario
