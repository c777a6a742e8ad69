import { describe, expect, it } from 'vitest'
import { parseConfig } from '../../../src/core/config/parse-config.js'
import { configProblems, FILE, THEMES, where, yaml } from '../config/config-problems.js'

const DETECTED = ['migrations:', '  - id: auth-sdk', '    title: Auth SDK v3']

describe('parseConfig: migrations with `detect:`', () => {
  it('accepts a detector without a label, and defaults the job-issue settings', () => {
    const config = parseConfig(
      yaml(
        ...THEMES,
        ...DETECTED,
        "    detect: { dependency: { ecosystem: npm, name: auth-sdk, range: '<3.0.0' } }",
        '    create_issues: true',
        '  - id: node-22',
        '    title: Node 22',
        '    label: migration:node',
        "    detect: { file: { path: .nvmrc, matches: '^(1[0-9]|2[0-1])' } }",
      ),
      FILE,
    )
    expect(config.migrations[0]).toMatchObject({
      detect: { dependency: { ecosystem: 'npm', name: 'auth-sdk', range: '<3.0.0' } },
      create_issues: true,
      issues_per_refresh: 20,
      assignees: [],
    })
    expect(config.migrations[0]).not.toHaveProperty('label')
    expect(config.migrations[1]?.detect?.file).toEqual({
      path: '.nvmrc',
      must: 'absent',
      matches: '^(1[0-9]|2[0-1])',
    })
  })

  it.each([
    {
      name: 'neither a label nor a detector',
      lines: [...DETECTED],
      at: '8:9',
      says: 'has neither a `label` nor a `detect`',
    },
    {
      name: 'a range that is not semver',
      lines: [
        ...DETECTED,
        "    detect: { dependency: { ecosystem: npm, name: auth-sdk, range: 'less than 3' } }",
      ],
      at: '10:68',
      says: 'The range "less than 3" is not a semver range; write the versions that still need migrating like `<3.0.0`',
    },
    {
      name: 'a regular expression that does not compile',
      lines: [...DETECTED, '    detect:', '      file:', '        path: .nvmrc', "        matches: '^2[0-3'"],
      at: '13:18',
      says: 'The regular expression "^2[0-3" does not compile',
    },
    {
      name: 'a ** glob',
      lines: [...DETECTED, '    detect: { file: { path: "**/Dockerfile" } }'],
      at: '10:29',
      says: '`**` would read every folder of every repository',
    },
    {
      name: 'a wildcard in the folder part',
      lines: [...DETECTED, '    detect: { file: { path: "services/*/Dockerfile" } }'],
      at: '10:29',
      says: 'only the file name may hold wildcards',
    },
    {
      name: 'an empty detector',
      lines: [...DETECTED, '    detect: {}'],
      at: '10:13',
      says: 'A detector needs one of `dependency` or `file`',
    },
    {
      name: 'both kinds in one detector',
      lines: [...DETECTED, '    detect: { file: { path: .nvmrc }, dependency: { ecosystem: npm, name: x } }'],
      at: '10:13',
      says: 'either `dependency` or `file`, not both',
    },
    {
      name: 'create_issues without a detector',
      lines: [...DETECTED, '    label: m', '    create_issues: true'],
      at: '11:20',
      says: '`create_issues: true` opens one issue per repository a detector finds',
    },
  ])('reports $name at its line, with the fix', ({ lines, at, says }) => {
    const problems = configProblems(yaml(...THEMES, ...lines))
    expect(where(problems)).toEqual([`${at} CONFIG_INVALID`])
    expect(problems[0]?.message).toContain(says)
  })

  it('reports a misspelt detector key with a suggestion', () => {
    const problems = configProblems(yaml(...THEMES, ...DETECTED, '    detect: { file: { pth: .nvmrc } }'))
    expect(problems.map((p) => p.message).join('\n')).toMatch(/pth/)
  })
})
