import { createPrng } from '../prng.js'
import { DEFAULT_NOW } from '../state/clock.js'
import { countStats, generateOrg } from './generate-org.js'
import { renderAdr } from './render-adr.js'
import type { GeneratedOrg, GeneratedRepo } from './types.js'

/** Repositories of the demo org and the team that owns each (null: unclaimed). */
const DEMO_REPOS: [string, string | null, string][] = [
  ['payments-api', 'Payments', 'Public payments API'],
  ['payments-ledger', 'Payments', 'Double-entry ledger'],
  ['identity-service', 'Identity', 'Accounts, sessions and SSO'],
  ['auth-gateway', 'Identity', 'Token exchange at the edge'],
  ['platform-deploy', 'Platform', 'Deployment pipelines'],
  ['infra-terraform', 'Platform', 'Cloud infrastructure as code'],
  ['data-pipeline', 'Data', 'Event ingestion and warehouse loads'],
  ['analytics-dashboard', 'Data', 'Product analytics dashboards'],
  ['web-storefront', 'Growth', 'Customer-facing web shop'],
  ['growth-experiments', 'Growth', 'A/B experiment definitions'],
  ['sandbox-tools', null, 'Scripts nobody owns yet'],
]

/**
 * The readable sample organisation `acme`: four themes, two migrations, five teams, eleven
 * repositories (plus `.github` with the strategy), and three open pull requests in
 * `acme/payments-api` for the Action demo: `clean`, `missing-theme` and `invalid-adr`.
 */
export function demoOrg(now: string = DEFAULT_NOW): GeneratedOrg {
  const base = generateOrg({
    seed: 'demo',
    org: 'acme',
    repos: DEMO_REPOS.length,
    issuesPerRepo: 8,
    adrsPerRepo: 3,
    mergedPullsPerRepo: 6,
    themes: 4,
    migrations: 2,
    teams: 5,
    now,
  })
  const prng = createPrng('demo-names')
  const repos: GeneratedRepo[] = base.repos.map((repo, i) => {
    if (i === 0) return repo
    const [name, team, description] = DEMO_REPOS[i - 1] as [string, string | null, string]
    const files = { ...repo.files, 'README.md': `# ${name}\n\n${description}.\n` }
    const issues = repo.issues.map((issue) => ({ ...issue, title: issue.title.replace(repo.name, name) }))
    return {
      ...repo,
      name,
      team,
      description,
      files,
      issues,
      archived: false,
      private: prng.chance(0.8),
      topics: team ? [team.toLowerCase()] : [],
    }
  })
  withDetectedMigration(repos, now)
  const payments = repos[1] as GeneratedRepo
  // payments-api has adopted the Action: its config inherits the org's, as the Action demo needs.
  payments.files = { ...withDemoAdrs(payments.files, now), '.github/strategy.yml': '_extends: .github\n' }
  payments.openPulls = demoPulls(now)
  return { ...base, repos, stats: countStats(repos, base.strategy) }
}

/** payments-api keeps three readable ADRs in the recommended format. */
function withDemoAdrs(files: Record<string, string>, now: string): Record<string, string> {
  const kept = Object.fromEntries(
    Object.entries(files).filter(([path]) => !/^(docs?\/adr|docs\/decisions)\//.test(path)),
  )
  const adr = (number: number, title: string, status: string, theme: string, date: string) =>
    renderAdr({
      style: 'inline',
      number,
      title,
      status,
      date,
      theme,
      deciders: '@dana-li, @alice-nguyen',
      reviewDate: null,
      context: 'Payments must stay correct and fast as we grow into new regions.',
      decision: `We will ${title.charAt(0).toLowerCase()}${title.slice(1)}.`,
    })
  const year = Number(now.slice(0, 4))
  return {
    ...kept,
    'docs/adr/0001-use-postgresql-for-the-ledger.md': adr(
      1,
      'Use PostgreSQL for the ledger',
      'Accepted',
      'global-scale',
      `${year - 2}-04-12`,
    ),
    'docs/adr/0002-adopt-single-sign-on.md': adr(
      2,
      'Adopt single sign-on for all customer-facing apps',
      'Accepted',
      'enterprise-ready',
      `${year - 1}-09-03`,
    ),
    'docs/adr/0003-use-idempotency-keys-for-writes.md': adr(
      3,
      'Use idempotency keys for writes',
      'Proposed',
      'developer-velocity',
      `${year}-02-20`,
    ),
  }
}

function demoPulls(now: string): GeneratedRepo['openPulls'] {
  const today = now.slice(0, 10)
  return [
    {
      key: 'clean',
      title: 'Add regional read replicas for the ledger',
      body: 'Serve ledger reads from the nearest region.\n\nTheme: global-scale\n',
      labels: [],
      author: 'alice-nguyen',
      head: 'read-replicas',
      files: {
        'docs/adr/0004-use-regional-read-replicas.md': renderAdr({
          style: 'inline',
          number: 4,
          title: 'Use regional read replicas',
          status: 'Proposed',
          date: today,
          theme: 'global-scale',
          deciders: '@dana-li',
          reviewDate: null,
          context: 'Ledger reads from Asia take 600 ms.',
          decision: 'We will serve reads from regional replicas.',
        }),
        'src/replicas.ts': "export const replicaRegions = ['eu-west-1', 'ap-southeast-1', 'us-east-1']\n",
      },
    },
    {
      key: 'missing-theme',
      title: 'Bump the logging library',
      body: 'Routine upgrade of the logger.',
      labels: [],
      author: 'bruno-silva',
      head: 'bump-logger',
      files: {
        'package.json': '{\n  "name": "payments-api",\n  "version": "1.0.1",\n  "private": true\n}\n',
      },
    },
    {
      key: 'invalid-adr',
      title: 'Adopt event sourcing for payouts',
      body: 'Payouts become an event stream.',
      labels: ['theme:data-driven'],
      author: 'chloe-dubois',
      head: 'event-sourcing',
      files: {
        'docs/adr/0005-adopt-event-sourcing-for-payouts.md': renderAdr({
          style: 'inline',
          number: 5,
          title: 'Adopt event sourcing for payouts',
          status: 'Aproved',
          date: today,
          theme: 'cost-savings',
          deciders: '@chloe-dubois',
          reviewDate: `${Number(today.slice(0, 4)) - 1}-01-15`,
          context: 'Payout corrections are hard to audit.',
          decision: 'We will store payouts as events.',
        }),
      },
    },
  ]
}

/**
 * Issue 15's detected migration: the org config gains `auth-client-3`, found in the code (npm
 * `@acme/auth-client` below 3) with job issues. Five repositories still declare version 2, three have
 * moved to 3; two of those already carry the app's closed job issue (a done job, as after earlier
 * refreshes: the app's job issues are the durable record of done jobs across restarts). Three job
 * issues a refresh keep the demo quick (each write is paced 3 s apart).
 */
function withDetectedMigration(repos: GeneratedRepo[], now: string): void {
  const org = repos[0] as GeneratedRepo
  const migration = [
    '  - id: auth-client-3',
    '    title: Leave the auth-client 2 SDK',
    '    theme: enterprise-ready',
    '    deadline: 2027-02-26',
    '    owner: "@priya-raman"',
    "    detect: { dependency: { ecosystem: npm, name: '@acme/auth-client', range: '<3.0.0' } }",
    '    create_issues: true',
    '    issues_per_refresh: 3',
    '',
  ].join('\n')
  const strategy = org.files['.github/strategy.yml'] ?? ''
  org.files = {
    ...org.files,
    '.github/strategy.yml': strategy.replace('\nteams:\n', `${migration}\nteams:\n`),
  }
  const versions: Record<string, string> = {
    'payments-ledger': '^2.3.0',
    'identity-service': '2.8.1',
    'platform-deploy': '^2.1.0',
    'data-pipeline': '~2.6.0',
    'web-storefront': '^2.9.0',
    'auth-gateway': '^3.0.1',
    'analytics-dashboard': '3.1.0',
    'growth-experiments': '^3.0.0',
  }
  const day = (daysAgo: number) => new Date(Date.parse(now) - daysAgo * 86_400_000).toISOString()
  for (const repo of repos) {
    const version = versions[repo.name]
    if (version === undefined) continue
    const manifest = {
      name: repo.name,
      version: '1.0.0',
      private: true,
      dependencies: { '@acme/auth-client': version },
    }
    repo.files = { ...repo.files, 'package.json': `${JSON.stringify(manifest, null, 2)}\n` }
    if (repo.name !== 'auth-gateway' && repo.name !== 'analytics-dashboard') continue
    const closedDaysAgo = repo.name === 'auth-gateway' ? 20 : 6
    repo.issues = [
      ...repo.issues,
      {
        title: 'Leave the auth-client 2 SDK',
        // The marker the app writes (src/core/detect/plan-job-issues.ts jobIssueMarker).
        body: `This repository is a job of the migration **Leave the auth-client 2 SDK**.\n\n<!-- strategy-trace:job migration=auth-client-3 repo=${repo.name} -->\n`,
        labels: ['migration:auth-client-3'],
        author: 'strategy-trace[bot]',
        createdAt: day(45),
        state: 'closed',
        stateReason: 'completed',
        closedAt: day(closedDaysAgo),
      },
    ]
  }
}
