/**
 * A small organisation on 2026-03-02 with a bit of everything: three teams and an unclaimed repository,
 * done, dropped and open jobs, an issue in two migrations, fresh and stale ADRs, ADRs without a known
 * theme, merged pull requests in and out of the window, a skipped and a failed repository.
 */
import type { OrgSnapshot } from '../../../src/core/types.js'
import { adr, buildConfig, closed, issue, org, pull, repo } from '../../helpers/org-snapshot.js'

export const TODAY = '2026-03-02'

export const smallConfig = buildConfig({
  migrations: [
    {
      id: 'auth-v2',
      title: 'Move every service to the auth SDK v2',
      theme: 'enterprise-ready',
      label: 'migration:auth-v2',
      deadline: '2026-06-30',
      owner: '@platform-leads',
    },
    {
      id: 'node-22',
      title: 'Upgrade to Node 22',
      theme: 'scale',
      label: 'migration:node-22',
      deadline: '2026-03-31',
    },
    {
      id: 'flags',
      title: 'Retire the old feature-flag service',
      theme: 'Velocity',
      label: 'migration:flags',
    },
  ],
  teams: [
    { name: 'Payments', leader: 'ana', repos: ['payments-*', 'billing'] },
    { name: 'Platform', leader: '@bo', repos: ['platform-*'] },
    { name: 'Search', repos: ['search'] },
  ],
})

const AUTH = ['migration:auth-v2']
const NODE = ['migration:node-22']
const created = (day: string): string => `${day}T09:00:00Z`

export function smallOrg(): OrgSnapshot {
  return org(
    [
      repo('payments-api', {
        issues: [
          closed(issue('acme/payments-api', 1, { labels: AUTH }), '2026-02-10'),
          closed(issue('acme/payments-api', 2, { labels: AUTH }), '2026-02-20'),
          closed(issue('acme/payments-api', 3, { labels: AUTH }), '2026-02-15', 'not_planned'),
          issue('acme/payments-api', 4, { labels: AUTH, createdAt: created('2026-01-12') }),
        ],
        adrs: [
          adr({
            path: 'docs/adr/0001-stripe.md',
            title: 'ADR-0001: Use Stripe for card payments',
            date: '2024-01-10',
            theme: 'enterprise-ready',
          }),
          adr({
            path: 'docs/adr/0002-sso.md',
            title: 'ADR-0002: Adopt SSO for the merchant dashboard',
            date: '2025-11-01',
            theme: 'Enterprise-Ready Platform',
            reviewDate: '2026-11-01',
          }),
        ],
        mergedPulls: [
          pull('acme/payments-api', 9, {
            labels: ['theme:enterprise-ready'],
            mergedAt: '2025-11-01T10:00:00Z',
          }),
          pull('acme/payments-api', 10, { labels: ['theme:enterprise-ready'] }),
          pull('acme/payments-api', 11, { mergedAt: '2026-02-21T10:00:00Z' }),
          pull('acme/payments-api', 12, {
            title: '[global-scale] Cache card tokens',
            mergedAt: '2026-01-15T10:00:00Z',
          }),
        ],
      }),
      repo('payments-web', {
        issues: [
          issue('acme/payments-web', 5, { labels: NODE, createdAt: created('2026-02-01') }),
          closed(
            issue('acme/payments-web', 6, { labels: NODE, createdAt: created('2026-02-01') }),
            '2026-02-27',
          ),
        ],
      }),
      repo('billing', {
        issues: [
          closed(issue('acme/billing', 1, { labels: AUTH }), '2026-01-20'),
          issue('acme/billing', 2, { labels: AUTH }),
        ],
      }),
      repo('platform-api', {
        issues: [
          issue('acme/platform-api', 1, { labels: AUTH }),
          issue('acme/platform-api', 2, { labels: AUTH }),
          issue('acme/platform-api', 3, { labels: AUTH }),
          closed(
            issue('acme/platform-api', 4, {
              labels: ['Migration:Auth-V2', ...NODE],
              createdAt: created('2026-02-02'),
            }),
            '2026-02-26',
          ),
        ],
        adrs: [
          adr({
            path: 'docs/adr/0001-kubernetes.md',
            title: 'ADR-0001: Run on Kubernetes',
            date: '2025-06-01',
            theme: 'scale',
            reviewDate: '2026-01-01',
          }),
          adr({
            path: 'docs/adr/0002-grpc.md',
            title: 'ADR-0002: Use gRPC between services',
            status: 'superseded',
            rawStatus: 'Superseded',
            date: '2024-03-01',
            theme: 'global-scale',
          }),
          adr({
            path: 'docs/adr/0003-connect.md',
            title: 'ADR-0003: Replace gRPC with Connect',
            status: 'proposed',
            rawStatus: 'Proposed',
            date: '2026-02-01',
            theme: 'developer-velocity',
          }),
        ],
        mergedPulls: [
          pull('acme/platform-api', 20, { body: 'Speeds up CI.\n\nTheme: developer-velocity\n' }),
          pull('acme/platform-api', 21, { headRef: 'theme/global-scale/cdn' }),
        ],
      }),
      repo('search', {
        issues: [closed(issue('acme/search', 1, { labels: AUTH }), '2026-02-25')],
        adrs: [
          adr({
            path: 'docs/adr/0001-elastic.md',
            title: 'ADR-0001: Self-host Elasticsearch',
            status: null,
            rawStatus: 'Aproved',
            date: '2025-09-01',
            theme: 'scalability',
          }),
        ],
        mergedPulls: [
          pull('acme/search', 30),
          // Exempt from the theme check (a bot; an exempt label): counted apart, not in any share.
          pull('acme/search', 31, { title: 'Bump lodash', author: 'dependabot', authorIsBot: true }),
          pull('acme/search', 32, { title: 'Fix a typo', labels: ['no-theme'] }),
        ],
      }),
      repo('docs-site', {
        issues: [closed(issue('acme/docs-site', 1, { labels: AUTH }), '2026-02-01', 'duplicate')],
        adrs: [
          adr({
            path: 'docs/decisions/0001-static site (draft).md',
            title: 'Build docs as a static site',
            date: '2025-12-01',
          }),
        ],
        mergedPulls: [pull('acme/docs-site', 40, { body: 'Theme: Developer Velocity, scale' })],
      }),
    ],
    {
      skipped: [{ repo: 'acme/old-monolith', reason: 'archived' }],
      failed: [{ repo: 'acme/secret-repo', reason: 'GraphQL error: Resource not accessible by integration' }],
    },
  )
}
