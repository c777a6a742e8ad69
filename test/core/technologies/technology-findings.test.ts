import { describe, expect, it } from 'vitest'
import { diffManifests } from '../../../src/core/manifests/diff-manifests.js'
import { readManifest } from '../../../src/core/manifests/read-manifest.js'
import { technologyFindings } from '../../../src/core/technologies/technology-findings.js'
import type { Technology, TechnologyException } from '../../../src/core/technologies/technology.js'

const technologies: Technology[] = [
  {
    name: 'moment',
    ecosystem: 'npm',
    ring: 'hold',
    decision: 'https://github.com/acme/.github/blob/main/docs/adr/0012-dates.md',
    instead: 'date-fns',
  },
  {
    name: 'request',
    ecosystem: 'npm',
    ring: 'retire',
    decision: 'docs/adr/0004-http-client.md',
    instead: 'undici',
  },
  { name: 'react', ecosystem: 'npm', ring: 'adopt' },
  { name: 'node', ecosystem: 'docker', range: '<20', ring: 'retire', instead: 'node:20 or later' },
  { name: 'log4j:log4j', ecosystem: 'maven', ring: 'retire', instead: 'org.apache.logging.log4j:log4j-core' },
  { name: 'Django', ecosystem: 'pypi', range: '<4.2', ring: 'hold' },
  { name: 'actions/upload-artifact', ecosystem: 'actions', range: '<4', ring: 'retire' },
]

function changesOf(path: string, before: string, after: string) {
  const read = (text: string) => readManifest(path, text)?.dependencies ?? []
  return diffManifests(read(before), read(after))
}

function check(path: string, before: string, after: string, exceptions: TechnologyException[] = []) {
  return technologyFindings({ changes: changesOf(path, before, after), technologies, exceptions, path })
}

const pkg = (deps: Record<string, string>) => JSON.stringify({ name: 'web', dependencies: deps }, null, 2)

describe('technologyFindings', () => {
  it('reports TECH_HOLD (warning) for an added technology on hold, naming file, line, decision and alternative', () => {
    const result = check(
      'web/package.json',
      pkg({ react: '^18.3.1' }),
      pkg({ react: '^18.3.1', moment: '^2.30.1' }),
    )
    expect(result.granted).toEqual([])
    expect(result.findings).toEqual([
      {
        code: 'TECH_HOLD',
        severity: 'warning',
        message:
          '`web/package.json` line 5 adds `moment` ^2.30.1, but `moment` is on hold ' +
          '(decision: https://github.com/acme/.github/blob/main/docs/adr/0012-dates.md). Use `date-fns` instead. ' +
          'To keep it here, list this path under `exceptions:` in an accepted ADR.',
        file: 'web/package.json',
        line: 5,
      },
    ])
  })

  it('reports TECH_RETIRED (error) for an upgraded retired technology', () => {
    const result = check('package.json', pkg({ request: '2.87.0' }), pkg({ request: '2.88.2' }))
    expect(result.findings).toMatchObject([
      {
        code: 'TECH_RETIRED',
        severity: 'error',
        line: 4,
        message: expect.stringContaining(
          'upgrades `request` from 2.87.0 to 2.88.2, but `request` is retired (decision: docs/adr/0004-http-client.md). Use `undici` instead.',
        ) as unknown,
      },
    ])
  })

  it('takes severities as options', () => {
    const result = technologyFindings({
      changes: changesOf('package.json', pkg({}), pkg({ moment: '2.30.1', request: '2.88.2' })),
      technologies,
      exceptions: [],
      path: 'package.json',
      severities: { hold: 'notice', retire: 'warning' },
    })
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([
      ['TECH_HOLD', 'notice'],
      ['TECH_RETIRED', 'warning'],
    ])
  })

  it('never reports removing or downgrading, nor unchanged declarations', () => {
    expect(
      check('package.json', pkg({ moment: '2.30.1', request: '2.88.2' }), pkg({ moment: '2.29.4' })).findings,
    ).toEqual([])
    expect(
      check('package.json', pkg({ moment: '2.30.1' }), pkg({ moment: '2.30.1', react: '18.3.1' })).findings,
    ).toEqual([])
  })

  it('does not report technologies in other rings or other ecosystems', () => {
    expect(check('requirements.txt', '', 'moment==1.0\nreact==2.0\n').findings).toEqual([])
    expect(check('package.json', pkg({}), pkg({ react: '18.3.1' })).findings).toEqual([])
  })

  it('applies a range to exact versions and docker tags', () => {
    const dockerfile = (tag: string) => `FROM node:${tag} AS build\nRUN npm ci\n`
    expect(check('Dockerfile', dockerfile('16-alpine'), dockerfile('18-alpine')).findings).toMatchObject([
      { code: 'TECH_RETIRED', file: 'Dockerfile', line: 1 },
    ])
    expect(check('Dockerfile', dockerfile('18-alpine'), dockerfile('22-alpine')).findings).toEqual([])
    expect(check('Dockerfile', '', 'FROM node:latest\n').findings).toEqual([])
  })

  it('applies a range to declared ranges by intersection, with normalised PyPI names', () => {
    expect(check('requirements.txt', '', 'django>=4.1,<5\n').findings).toMatchObject([{ code: 'TECH_HOLD' }])
    expect(check('requirements.txt', '', 'django>=4.2\n').findings).toEqual([])
    expect(check('requirements.txt', 'Django==4.1.0\n', 'Django==4.1.13\n').findings).toMatchObject([
      { code: 'TECH_HOLD', line: 1 },
    ])
  })

  it('matches Maven technologies in Gradle builds', () => {
    const gradle = "dependencies {\n  implementation 'log4j:log4j:1.2.17'\n}\n"
    expect(check('build.gradle', '', gradle).findings).toMatchObject([
      { code: 'TECH_RETIRED', file: 'build.gradle', line: 2 },
    ])
  })

  it('reports a workflow that moves to another commit of a retired action version', () => {
    const workflow = (ref: string) =>
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/upload-artifact@${ref}\n`
    expect(check('.github/workflows/ci.yml', workflow('v3'), workflow('v3.1.3')).findings).toMatchObject([
      { code: 'TECH_RETIRED', line: 6 },
    ])
    expect(check('.github/workflows/ci.yml', workflow('v3'), workflow('v4')).findings).toEqual([])
  })

  describe('exceptions', () => {
    const exceptions: TechnologyException[] = [
      {
        technology: 'moment',
        paths: ['legacy/**', '!legacy/new-ui/**'],
        adr: 'docs/adr/0013-legacy-dates.md',
      },
    ]

    it('turns the finding off in matching paths and lists the granted exception', () => {
      const result = check('legacy/reports/package.json', pkg({}), pkg({ moment: '2.30.1' }), exceptions)
      expect(result).toEqual({
        findings: [],
        granted: [
          { technology: 'moment', path: 'legacy/reports/package.json', adr: 'docs/adr/0013-legacy-dates.md' },
        ],
      })
    })

    it('keeps the finding outside the exception’s paths and in excluded paths', () => {
      for (const path of ['web/package.json', 'legacy/new-ui/package.json']) {
        const result = check(path, pkg({}), pkg({ moment: '2.30.1' }), exceptions)
        expect(result.findings).toMatchObject([{ code: 'TECH_HOLD', file: path }])
        expect(result.granted).toEqual([])
      }
    })

    it('names its technology with the ecosystem’s spelling rules', () => {
      const grant: TechnologyException[] = [
        { technology: 'django', paths: ['**'], adr: 'docs/adr/0020-cms.md' },
      ]
      const result = check('cms/requirements.txt', '', 'Django==4.1.13\n', grant)
      expect(result).toEqual({
        findings: [],
        granted: [{ technology: 'Django', path: 'cms/requirements.txt', adr: 'docs/adr/0020-cms.md' }],
      })
    })

    it('applies only to its own technology', () => {
      const result = check('legacy/package.json', pkg({}), pkg({ request: '2.88.2' }), exceptions)
      expect(result.findings).toMatchObject([{ code: 'TECH_RETIRED' }])
      expect(result.granted).toEqual([])
    })
  })
})
