import { strategyConfigSchema, type StrategyConfigInput } from '../../../src/core/config/config.schema.js'
import type { PullRequestInfo } from '../../../src/core/types.js'

/** The sample organisation's strategy: four active themes and one retired. */
export const SAMPLE_THEMES: StrategyConfigInput['themes'] = [
  { id: 'global-scale', name: 'Global Scale & Performance', aliases: ['scale', 'performance'] },
  { id: 'enterprise-ready', name: 'Enterprise-Ready Platform', aliases: ['enterprise'] },
  { id: 'developer-velocity', name: 'Developer Velocity', aliases: ['dx', 'velocity'] },
  { id: 'data-driven', name: 'Data-Driven Product' },
  { id: 'legacy-monolith', name: 'Legacy Monolith Decomposition', status: 'retired' },
]

/** A validated config with the sample themes; `pull_requests` may be overridden. */
export function sampleConfig(pullRequests: StrategyConfigInput['pull_requests'] = {}) {
  return strategyConfigSchema.parse({ themes: SAMPLE_THEMES, pull_requests: pullRequests })
}

/** A plain, human, ready-for-review pull request with no theme reference. */
export function samplePr(overrides: Partial<PullRequestInfo> = {}): PullRequestInfo {
  return {
    owner: 'acme',
    repo: 'api',
    number: 42,
    title: 'Add a CDN in front of the asset server',
    body: '',
    labels: [],
    draft: false,
    author: { login: 'octocat', type: 'User' },
    headRef: 'feature/cdn',
    headSha: '8f3c2a1d9e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a',
    baseRef: 'main',
    baseSha: '1111111111111111111111111111111111111111',
    headRepo: { owner: 'acme', repo: 'api' },
    fork: false,
    url: 'https://github.com/acme/api/pull/42',
    ...overrides,
  }
}
