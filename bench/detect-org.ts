/**
 * Migrations detected from the code (issue 15) for the bench organisations: up to three detectors of
 * different kinds appended to the org config, and the files they read planted in every repository
 * (about a third of the repositories still need each migration). Seeding only: not measured.
 */
import type { Simulator } from '../sim/index.js'

/** The detected migrations, in the order they are added. */
const MIGRATIONS = [
  {
    block: [
      '  - id: auth-client-3',
      '    title: Leave the auth-client 2 SDK',
      "    detect: { dependency: { ecosystem: npm, name: '@acme/auth-client', range: '<3.0.0' } }",
    ],
    file: (i: number) => ({
      'package.json': `${JSON.stringify({ name: `svc-${i}`, dependencies: { '@acme/auth-client': i % 3 === 0 ? '^2.4.0' : '^3.1.0' } })}\n`,
    }),
  },
  {
    block: [
      '  - id: node-22',
      '    title: Node 22 everywhere',
      "    detect: { file: { path: .nvmrc, matches: '^(1[0-9]|20)\\b' } }",
    ],
    file: (i: number) => ({ '.nvmrc': i % 3 === 1 ? '18\n' : '22\n' }),
  },
  {
    block: [
      '  - id: base-image',
      '    title: Leave the old base image',
      "    detect: { dependency: { ecosystem: docker, name: node, range: '<20' } }",
    ],
    file: (i: number) => ({ Dockerfile: `FROM node:${i % 3 === 2 ? '16' : '22'}-alpine\nRUN npm ci\n` }),
  },
]

/** Detected migrations for a bench org: how many, and their job issues. */
export interface DetectOptions {
  migrations: number
  createIssues: boolean
  /** `issues_per_refresh` (the config's default, 20, when absent). */
  issuesPerRefresh?: number
}

/** Adds the detected migrations to the seeded org `acme` and plants the files they read. */
export function addDetectedMigrations(sim: Simulator, options: DetectOptions): void {
  const chosen = MIGRATIONS.slice(0, options.migrations)
  const issues = options.createIssues
    ? [
        '    create_issues: true',
        ...(options.issuesPerRefresh ? [`    issues_per_refresh: ${options.issuesPerRefresh}`] : []),
      ]
    : []
  const blocks = chosen.flatMap((m) => [...m.block, ...issues])
  const config = sim.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
  if (!config.includes('\nteams:\n')) throw new Error('[bench] The generated config has no teams: section.')
  const text = config.replace('\nteams:\n', `${blocks.join('\n')}\n\nteams:\n`)
  sim.state.files.commit({ repo: 'acme/.github', files: { '.github/strategy.yml': text } })
  sim.state.repos
    .list('acme')
    .filter((repo) => repo.name !== '.github' && !repo.archived)
    .forEach((repo, i) => {
      const files = Object.assign({}, ...chosen.map((m) => m.file(i))) as Record<string, string>
      sim.state.files.commit({ repo: `acme/${repo.name}`, files })
    })
}
