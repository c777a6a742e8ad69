import { describe, expect, it } from 'vitest'
import type { DetectorConfig } from '../../../src/core/config/config.schema.js'
import type { Ecosystem } from '../../../src/core/manifests/dependency.js'
import { detectorReads, filePattern, ROOT_MANIFESTS } from '../../../src/core/detect/detector-paths.js'
import { matchDetector, type FoundFile } from '../../../src/core/detect/match-detector.js'

const dependency = (ecosystem: Ecosystem, name: string, range?: string): DetectorConfig => ({
  dependency: { ecosystem, name, ...(range === undefined ? {} : { range }) },
})

const file = (path: string, text: string | null = ''): FoundFile => ({ path, text })

/** One manifest per ecosystem declaring the package at an old and at a new version. */
const MANIFESTS: {
  ecosystem: Ecosystem
  name: string
  range: string
  path: string
  old: string
  current: string
}[] = [
  {
    ecosystem: 'npm',
    name: 'auth-sdk',
    range: '<3.0.0',
    path: 'package.json',
    old: '{ "dependencies": { "auth-sdk": "^2.4.0" } }',
    current: '{ "dependencies": { "auth-sdk": "^3.1.0" } }',
  },
  {
    ecosystem: 'pypi',
    name: 'Auth_SDK',
    range: '<3',
    path: 'requirements.txt',
    old: 'auth-sdk==2.9.1\nrequests>=2\n',
    current: 'auth-sdk==3.0.0\n',
  },
  {
    ecosystem: 'pypi',
    name: 'auth-sdk',
    range: '<3',
    path: 'pyproject.toml',
    old: '[project]\nname = "svc"\ndependencies = ["auth-sdk>=2,<3"]\n',
    current: '[project]\nname = "svc"\ndependencies = ["auth-sdk>=3"]\n',
  },
  {
    ecosystem: 'go',
    name: 'github.com/acme/auth-sdk',
    range: '<3.0.0',
    path: 'go.mod',
    old: 'module x\n\ngo 1.22\n\nrequire github.com/acme/auth-sdk v2.1.0\n',
    current: 'module x\n\ngo 1.22\n\nrequire github.com/acme/auth-sdk v3.0.2\n',
  },
  {
    ecosystem: 'maven',
    name: 'com.acme:auth-sdk',
    range: '<3',
    path: 'pom.xml',
    old: '<project><dependencies><dependency><groupId>com.acme</groupId><artifactId>auth-sdk</artifactId><version>2.7.0</version></dependency></dependencies></project>',
    current:
      '<project><dependencies><dependency><groupId>com.acme</groupId><artifactId>auth-sdk</artifactId><version>3.2.0</version></dependency></dependencies></project>',
  },
  {
    ecosystem: 'gradle',
    name: 'com.acme:auth-sdk',
    range: '<3',
    path: 'build.gradle.kts',
    old: 'dependencies {\n  implementation("com.acme:auth-sdk:2.7.0")\n}\n',
    current: 'dependencies {\n  implementation("com.acme:auth-sdk:3.0.0")\n}\n',
  },
  {
    ecosystem: 'gradle',
    name: 'com.acme:auth-sdk',
    range: '<3',
    path: 'gradle/libs.versions.toml',
    old: '[libraries]\nauth = { module = "com.acme:auth-sdk", version = "2.0.1" }\n',
    current: '[libraries]\nauth = { module = "com.acme:auth-sdk", version = "3.0.1" }\n',
  },
  {
    ecosystem: 'nuget',
    name: 'Acme.AuthSdk',
    range: '<3',
    path: 'Directory.Packages.props',
    old: '<Project><ItemGroup><PackageVersion Include="acme.authsdk" Version="2.5.0" /></ItemGroup></Project>',
    current:
      '<Project><ItemGroup><PackageVersion Include="Acme.AuthSdk" Version="3.5.0" /></ItemGroup></Project>',
  },
  {
    ecosystem: 'cargo',
    name: 'auth-sdk',
    range: '<3',
    path: 'Cargo.toml',
    old: '[package]\nname = "x"\n\n[dependencies]\nauth-sdk = "2.3"\n',
    current: '[package]\nname = "x"\n\n[dependencies]\nauth-sdk = "3.1"\n',
  },
  {
    ecosystem: 'docker',
    name: 'node',
    range: '<22',
    path: 'Dockerfile',
    old: 'FROM node:18-alpine\nRUN npm ci\n',
    current: 'FROM docker.io/library/node:22-alpine\n',
  },
  {
    ecosystem: 'actions',
    name: 'actions/checkout',
    range: '<4',
    path: '.github/workflows/ci.yml',
    old: 'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v3\n',
    current:
      'on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n',
  },
]

describe('matchDetector: dependency, per ecosystem (the manifest readers of the technology check)', () => {
  it.each(MANIFESTS)('$ecosystem $name $range in $path', ({ ecosystem, name, range, path, old, current }) => {
    const detector = dependency(ecosystem, name, range)
    expect(matchDetector(detector, [file(path, old)])).toEqual({ matches: true, paths: [path] })
    expect(matchDetector(detector, [file(path, current)])).toEqual({ matches: false, paths: [] })
    // Any version when the detector has no range; another package never.
    expect(matchDetector(dependency(ecosystem, name), [file(path, current)]).matches).toBe(true)
    expect(matchDetector(dependency(ecosystem, `${name}-other`), [file(path, old)]).matches).toBe(false)
  })

  it('reads only the detector paths: a manifest elsewhere does not count', () => {
    const detector = dependency('npm', 'auth-sdk', '<3')
    const nested = file('web/package.json', '{ "dependencies": { "auth-sdk": "2.0.0" } }')
    expect(matchDetector(detector, [nested]).matches).toBe(false)
    const withPaths: DetectorConfig = {
      dependency: { ecosystem: 'npm', name: 'auth-sdk', range: '<3', paths: ['web/package.json'] },
    }
    expect(matchDetector(withPaths, [nested])).toEqual({ matches: true, paths: ['web/package.json'] })
  })

  it('a declared range that overlaps the detector range still needs migrating', () => {
    const detector = dependency('npm', 'auth-sdk', '<3.0.0')
    const text = '{ "dependencies": { "auth-sdk": ">=2.9 <4" } }'
    expect(matchDetector(detector, [file('package.json', text)]).matches).toBe(true)
  })

  it('an unreadable manifest (broken JSON, binary) matches nothing and never throws', () => {
    const detector = dependency('npm', 'auth-sdk')
    expect(matchDetector(detector, [file('package.json', '{ "dependencies": ')]).matches).toBe(false)
    expect(matchDetector(detector, [file('package.json', null)]).matches).toBe(false)
  })
})

describe('matchDetector: file', () => {
  const nvmrc: DetectorConfig = { file: { path: '.nvmrc', must: 'absent', matches: '^(1[0-9]|2[01])\\b' } }

  it.each([
    { name: 'absent file, no regex: present is a job', files: [file('.travis.yml')], matches: true },
    { name: 'absent file, no regex: gone is done', files: [], matches: false },
  ])('$name', ({ files, matches }) => {
    expect(matchDetector({ file: { path: '.travis.yml', must: 'absent' } }, files).matches).toBe(matches)
  })

  it.each([
    ['18\n', true],
    ['v20.11.0\n', false],
    ['20.11.0\n', true],
    ['22\n', false],
    ['# pinned\n16\n', true],
  ])('.nvmrc %j with matches ^(1[0-9]|2[01]): job %s', (text, matches) => {
    expect(matchDetector(nvmrc, [file('.nvmrc', text)]).matches).toBe(matches)
  })

  it('must: present — a repository without the file (or without the matching text) is a job', () => {
    const detector: DetectorConfig = { file: { path: 'CODEOWNERS', must: 'present' } }
    expect(matchDetector(detector, [])).toEqual({ matches: true, paths: [] })
    expect(matchDetector(detector, [file('CODEOWNERS', '* @acme/platform')])).toEqual({
      matches: false,
      paths: ['CODEOWNERS'],
    })
    const pinned: DetectorConfig = { file: { path: '.nvmrc', must: 'present', matches: '^22' } }
    expect(matchDetector(pinned, [file('.nvmrc', '20\n')]).matches).toBe(true)
    expect(matchDetector(pinned, [file('.nvmrc', '22\n')]).matches).toBe(false)
  })

  it('a glob in a literal folder matches its files only, one level deep', () => {
    const detector: DetectorConfig = {
      file: { path: '.github/workflows/*.yml', must: 'absent', matches: 'actions/setup-node@v[123]\\b' },
    }
    const files = [
      file('.github/workflows/ci.yml', 'steps:\n  - uses: actions/setup-node@v3\n'),
      file('.github/workflows/release.yaml', 'steps:\n  - uses: actions/setup-node@v3\n'),
      file('.github/workflows/ok.yml', 'steps:\n  - uses: actions/setup-node@v4\n'),
    ]
    expect(matchDetector(detector, files)).toEqual({ matches: true, paths: ['.github/workflows/ci.yml'] })
    expect(detectorReads(detector)).toEqual([{ kind: 'tree', path: '.github/workflows' }])
  })

  it('a binary file never matches a regular expression', () => {
    expect(matchDetector(nvmrc, [file('.nvmrc', null)]).matches).toBe(false)
  })
})

describe('detector paths', () => {
  it('reads each ecosystem’s root manifests, folders once', () => {
    expect(detectorReads(dependency('gradle', 'x'))).toEqual(
      ROOT_MANIFESTS.gradle.map((path) => ({ kind: 'blob', path })),
    )
    expect(detectorReads(dependency('actions', 'x'))).toEqual([
      { kind: 'tree', path: '.github/workflows' },
      { kind: 'blob', path: 'action.yml' },
    ])
  })

  it.each([
    ['.nvmrc', 'literal'],
    ['*.csproj', 'glob'],
    ['src/*.{yml,yaml}', 'glob'],
    ['**/Dockerfile', 'invalid'],
    ['svc/*/Dockerfile', 'invalid'],
    ['/abs', 'invalid'],
    ['!x', 'invalid'],
    ['docs/', 'invalid'],
  ])('%s is %s', (path, kind) => {
    expect(filePattern(path).kind).toBe(kind)
  })
})
