/** An organisation whose every user-controlled text tries to break out of the markdown. */
import type { OrgSnapshot } from '../../../src/core/types.js'
import { adr, buildConfig, closed, issue, org, pull, repo } from '../../helpers/org-snapshot.js'

export const HOSTILE =
  '`x` | <img src=x onerror=alert(1)> @acme/everyone --> [a](javascript:alert(1))\n## Injected'

export const hostileConfig = buildConfig({
  themes: [
    { id: 'scale', name: 'Scale & <b>Performance</b> | @acme/sre', owner: '@acme/sre' },
    { id: 'velocity', name: 'Velocity', aliases: ['dx'] },
  ],
  migrations: [
    {
      id: 'evil',
      title: `Move ${HOSTILE}`,
      theme: 'scale',
      label: 'migration:`v2`|x',
      deadline: '2026-06-30',
      owner: '@acme/leads',
    },
  ],
  teams: [
    { name: '@acme/payments <script>alert(1)</script>', leader: '@evil\n@other', repos: ['pay*'] },
    { name: 'Team | Pipe `tick`', leader: "O'Brien <b>", repos: ['web*'] },
  ],
})

const LABELS = ['migration:`v2`|x']

export function hostileOrg(): OrgSnapshot {
  return org(
    [
      repo('pay-api', {
        url: 'javascript:alert(1)',
        issues: [
          closed(issue('acme/pay-api', 1, { labels: LABELS, title: HOSTILE }), '2026-02-20'),
          issue('acme/pay-api', 2, { labels: LABELS }),
        ],
        adrs: [
          adr({
            path: 'docs/adr/0001-a.md',
            title: '[Click me](javascript:alert(1)) ![x](http://evil/x.png)',
            theme: 'scale',
            date: '2024-01-01',
          }),
        ],
        mergedPulls: [pull('acme/pay-api', 3, { title: HOSTILE, labels: ['theme:scale'] })],
      }),
      repo('web-app', {
        defaultBranch: 'main)](javascript:alert(1))',
        issues: [issue('acme/web-app', 1, { labels: LABELS })],
        adrs: [
          adr({
            path: 'docs/adr/0002-)(evil <x>.md',
            title: "Don't <b>panic</b> --> @acme/all",
            theme: '`x` | @y',
            status: null,
            rawStatus: '<script>|',
          }),
        ],
      }),
      repo('repo-`tick`|<img src=x onerror=alert(1)>', {
        issues: [issue('acme/repo-`tick`|<img src=x onerror=alert(1)>', 1, { labels: LABELS })],
        adrs: [adr({ path: 'adr/0001.md', title: '', theme: null })],
        mergedPulls: [pull('acme/repo-`tick`|<img src=x onerror=alert(1)>', 1)],
      }),
    ],
    {
      org: 'acme <script>@acme/all</script>',
      failed: [{ repo: 'acme/<img src=x onerror=alert(1)>', reason: `Error: ${HOSTILE}` }],
      skipped: [{ repo: 'acme/`old`', reason: 'archived | @acme/owners' }],
    },
  )
}
