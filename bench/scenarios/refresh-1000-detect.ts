/**
 * Issue 15: the cold full refresh of the 1,000-repository organisation with three migrations detected
 * from the code (an npm dependency, an `.nvmrc` by its text, a Docker base image; about a third of the
 * repositories match each) and `create_issues: true` on all three. Records requests, writes and wall
 * time. Targets: the reads stay within refresh-1000's ≤ 60 requests and ≤ 1,500 points (the files
 * travel in the batch queries); writes are at most 3 × `issues_per_refresh` (20) job issues, each
 * after one request that looks for it by label and marker, plus the tracking issue.
 */
import { count, emptyRow, type Scenario } from '../result.js'
import { orgSize, refreshFresh } from '../shared-org.js'

/** The default; `--quick` opens 5 per migration (each job issue takes about 3 s, see below). */
const ISSUES_PER_REFRESH = 20
const MIGRATIONS = 3
const TARGET = { readRequests: 60, points: 1500 }

const scenario: Scenario = {
  id: 'refresh-1000-detect',
  async run({ quick }) {
    const repos = quick ? 100 : 1000
    const perRefresh = quick ? 5 : ISSUES_PER_REFRESH
    const detect = {
      migrations: MIGRATIONS,
      createIssues: true,
      ...(quick ? { issuesPerRefresh: perRefresh } : {}),
    }
    const { session, m, notes } = await refreshFresh(orgSize(repos), { detect })
    const route = (key: string) => m.byRoute[key] ?? 0
    const created = route('POST /repos/{owner}/{repo}/issues')
    const lookups = route('GET /repos/{owner}/{repo}/issues')
    const reads = m.requests - m.writes - lookups
    const maxIssues = MIGRATIONS * perRefresh
    const met = reads <= TARGET.readRequests && m.points <= TARGET.points && created <= maxIssues + 1
    return {
      row: {
        ...emptyRow('refresh-1000-detect'),
        requests: m.requests,
        points: m.points,
        writes: m.writes,
        wallMs: m.wallMs,
        rssMb: m.peakRssMb,
        target: `reads ≤ ${TARGET.readRequests} requests and ≤ ${count(TARGET.points)} points; ≤ ${maxIssues} job issues opened (3 × issues_per_refresh)`,
        met,
      },
      workload: `${session.workload}; 3 detected migrations with create_issues`,
      notes: [
        `${reads} read requests (${m.graphqlQueries} GraphQL queries), ${lookups} issue listings (the job-issue look-ups by label and marker, and the tracking issue's), ${created} issues created (job issues and the tracking issue), ${m.writes} writes in all`,
        "pacing: Octokit's throttling (on in Probot) spaces requests that notify people (creating and editing issues) 3 s apart, as GitHub asks of content creation, so the job issues, not the reads, set the wall time: about 3 s each",
        ...notes,
      ],
    }
  },
}

export default scenario
