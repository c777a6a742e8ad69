import { describe, expect, it } from 'vitest'
import type { Dependency } from '../../../src/core/manifests/dependency.js'
import { diffManifests, type DependencyChange } from '../../../src/core/manifests/diff-manifests.js'
import { readManifest } from '../../../src/core/manifests/read-manifest.js'

function summary(changes: readonly DependencyChange[]): string[] {
  return changes
    .filter((c) => c.kind !== 'unchanged')
    .map((c) => `${c.kind} ${c.name} ${c.before?.version ?? '-'} → ${c.after?.version ?? '-'}`)
}

function diffFiles(path: string, before: string, after: string): string[] {
  const read = (text: string) => readManifest(path, text)?.dependencies ?? []
  return summary(diffManifests(read(before), read(after)))
}

describe('diffManifests', () => {
  it('npm: adds, upgrades and downgrades exact versions and ranges, removes', () => {
    const before = `{"dependencies": {"react": "^18.2.0", "moment": "2.29.4", "axios": "1.7.2", "lodash": "4.17.21"}}`
    const after = `{"dependencies": {"react": "^18.3.1", "moment": "2.29.1", "axios": "1.7.2", "dayjs": "~1.11.11"}}`
    expect(diffFiles('package.json', before, after)).toEqual([
      'added dayjs - → ~1.11.11',
      'removed lodash 4.17.21 → -',
      'downgraded moment 2.29.4 → 2.29.1',
      'upgraded react ^18.2.0 → ^18.3.1',
    ])
  })

  it('pypi: compares PEP 440 specifiers by their lowest version and matches normalised names', () => {
    const before = 'Django==4.2.16\ncelery>=5.3,<6\nPyYAML==6.0.1\nrequests\n'
    const after = 'django==5.0.7\ncelery>=5.2\npyyaml==6.0.1\nrequests>=2.32\nhttpx~=0.27\n'
    expect(diffFiles('requirements.txt', before, after)).toEqual([
      'downgraded celery >=5.3,<6 → >=5.2',
      'upgraded django 4.2.16 → 5.0.7',
      'added httpx - → ~=0.27',
      'changed requests - → >=2.32',
    ])
  })

  it('pypi: pyproject.toml', () => {
    const before = '[project]\nname = "x"\ndependencies = ["fastapi>=0.110"]\n'
    const after = '[project]\nname = "x"\ndependencies = ["fastapi>=0.111", "uvicorn>=0.30"]\n'
    expect(diffFiles('pyproject.toml', before, after)).toEqual([
      'upgraded fastapi >=0.110 → >=0.111',
      'added uvicorn - → >=0.30',
    ])
  })

  it('go: orders semantic and pseudo-versions', () => {
    const before =
      'module m\nrequire (\n\tgithub.com/spf13/cobra v1.8.0\n\tgolang.org/x/exp v0.0.0-20240613232115-7f521ea00fb8\n\tgithub.com/lib/pq v1.10.9\n)\n'
    const after =
      'module m\nrequire (\n\tgithub.com/spf13/cobra v1.7.0\n\tgolang.org/x/exp v0.0.0-20240719175910-8a7402abbf56\n\tgithub.com/jackc/pgx/v5 v5.6.0\n)\n'
    expect(diffFiles('go.mod', before, after)).toEqual([
      'added github.com/jackc/pgx/v5 - → v5.6.0',
      'removed github.com/lib/pq v1.10.9 → -',
      'downgraded github.com/spf13/cobra v1.8.0 → v1.7.0',
      'upgraded golang.org/x/exp v0.0.0-20240613232115-7f521ea00fb8 → v0.0.0-20240719175910-8a7402abbf56',
    ])
  })

  it('maven: a version property bump is an upgrade; qualifiers are coerced', () => {
    const pom = (spring: string, extra: string) =>
      `<project><properties><spring.version>${spring}</spring.version></properties><dependencies>` +
      `<dependency><groupId>org.springframework</groupId><artifactId>spring-core</artifactId><version>\${spring.version}</version></dependency>` +
      extra +
      `</dependencies></project>`
    const log4j = `<dependency><groupId>log4j</groupId><artifactId>log4j</artifactId><version>1.2.17</version></dependency>`
    expect(diffFiles('pom.xml', pom('5.3.31.RELEASE', ''), pom('6.1.10', log4j))).toEqual([
      'added log4j:log4j - → 1.2.17',
      'upgraded org.springframework:spring-core 5.3.31.RELEASE → 6.1.10',
    ])
  })

  it('gradle: upgrades and removals', () => {
    const before = `dependencies {\n  implementation 'com.google.guava:guava:32.1.3-jre'\n  implementation 'joda-time:joda-time:2.12.5'\n}\n`
    const after = `dependencies {\n  implementation("com.google.guava:guava:33.2.1-jre")\n}\n`
    expect(diffFiles('build.gradle.kts', before, after)).toEqual([
      'upgraded com.google.guava:guava 32.1.3-jre → 33.2.1-jre',
      'removed joda-time:joda-time 2.12.5 → -',
    ])
  })

  it('nuget: names are case-insensitive', () => {
    const csproj = (refs: string) => `<Project><ItemGroup>${refs}</ItemGroup></Project>`
    const before = csproj('<PackageReference Include="newtonsoft.json" Version="12.0.3" />')
    const after = csproj('<PackageReference Include="Newtonsoft.Json" Version="13.0.3" />')
    expect(diffFiles('Api.csproj', before, after)).toEqual(['upgraded Newtonsoft.Json 12.0.3 → 13.0.3'])
  })

  it('cargo: bare versions are ranges compared by their lowest version', () => {
    const before = '[dependencies]\nserde = "1.0.190"\ntokio = { version = "1.38" }\n'
    const after = '[dependencies]\nserde = "1.0.204"\ntokio = { version = "1" }\nrand = "0.8"\n'
    expect(diffFiles('Cargo.toml', before, after)).toEqual([
      'added rand - → 0.8',
      'upgraded serde 1.0.190 → 1.0.204',
      'downgraded tokio 1.38 → 1',
    ])
  })

  it('docker: tags are coerced, unordered tags are changed, stages pair in file order', () => {
    const before = 'FROM node:18-alpine AS build\nFROM node:18-alpine\nFROM debian:bookworm\nFROM redis:7.2\n'
    const after =
      'FROM node:20-alpine AS build\nFROM node:18-alpine\nFROM debian:trixie\nFROM library/redis:7.0\n'
    expect(diffFiles('Dockerfile', before, after)).toEqual([
      'changed debian bookworm → trixie',
      'downgraded library/redis 7.2 → 7.0',
      'upgraded node 18-alpine → 20-alpine',
    ])
  })

  it('actions: tags are ordered, commit ids are changed', () => {
    const workflow = (checkout: string, node: string) =>
      `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${checkout}\n      - uses: actions/setup-node@${node}\n`
    expect(
      diffFiles(
        '.github/workflows/ci.yml',
        workflow('v3', '1e60f620b9541d16bece96c5d1ff5cfd7b4b7e8c'),
        workflow('v4', '39370e3970a6d050c480ffad4ff0ed4d3fdee5af'),
      ),
    ).toEqual([
      'upgraded actions/checkout v3 → v4',
      'changed actions/setup-node 1e60f620b9541d16bece96c5d1ff5cfd7b4b7e8c → 39370e3970a6d050c480ffad4ff0ed4d3fdee5af',
    ])
  })

  it('keeps both declarations and lines on every change, and reports unchanged ones', () => {
    const dep = (version: string | null, line: number): Dependency => ({
      ecosystem: 'npm',
      name: 'a',
      version,
      line,
    })
    expect(diffManifests([dep('1.0.0', 3)], [dep('1.0.0', 5)])).toEqual([
      { kind: 'unchanged', ecosystem: 'npm', name: 'a', before: dep('1.0.0', 3), after: dep('1.0.0', 5) },
    ])
    expect(diffManifests([], [dep(null, 2)])).toEqual([
      { kind: 'added', ecosystem: 'npm', name: 'a', before: null, after: dep(null, 2) },
    ])
  })

  it('sees a new declaration of a package already declared at another version as added', () => {
    const before = 'FROM python:3.12\n'
    const after = 'FROM python:3.12\nFROM python:2.7\n'
    expect(diffFiles('Dockerfile', before, after)).toEqual(['added python - → 2.7'])
  })
})
