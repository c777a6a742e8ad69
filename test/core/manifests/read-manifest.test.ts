import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { manifestReader, readManifest } from '../../../src/core/manifests/read-manifest.js'

describe('readManifest', () => {
  it.each([
    ['package.json', 'npm'],
    ['apps/web/package.json', 'npm'],
    ['requirements.txt', 'pypi'],
    ['requirements-dev.txt', 'pypi'],
    ['requirements/prod.txt', 'pypi'],
    ['services/api/pyproject.toml', 'pypi'],
    ['go.mod', 'go'],
    ['pom.xml', 'maven'],
    ['build.gradle', 'gradle'],
    ['app/build.gradle.kts', 'gradle'],
    ['gradle/libs.versions.toml', 'gradle'],
    ['src/Ledger.Api/Ledger.Api.csproj', 'nuget'],
    ['Directory.Packages.props', 'nuget'],
    ['Cargo.toml', 'cargo'],
    ['Dockerfile', 'docker'],
    ['deploy/Dockerfile.prod', 'docker'],
    ['images/worker.dockerfile', 'docker'],
    ['.github/workflows/ci.yml', 'actions'],
    ['.github/workflows/release.yaml', 'actions'],
    ['.github/actions/setup/action.yml', 'actions'],
  ])('reads %s as %s', (path, ecosystem) => {
    expect(manifestReader(path)?.[0]).toBe(ecosystem)
  })

  it.each([
    'README.md',
    'package-lock.json',
    'docs/requirements.md',
    'go.sum',
    'settings.gradle',
    '.github/dependabot.yml',
    'ci/workflows/build.yml',
    '.github/workflows/notes.md',
    '.dockerignore',
  ])('returns null for %s', (path) => {
    expect(readManifest(path, 'anything')).toBeNull()
  })

  it('returns the ecosystem and the dependencies', () => {
    expect(readManifest('go.mod', 'module x\n\nrequire golang.org/x/text v0.16.0\n')).toEqual({
      ecosystem: 'go',
      dependencies: [{ ecosystem: 'go', name: 'golang.org/x/text', version: 'v0.16.0', line: 3 }],
    })
  })

  const paths = [
    'package.json',
    'requirements.txt',
    'pyproject.toml',
    'go.mod',
    'pom.xml',
    'build.gradle',
    'libs.versions.toml',
    'a.csproj',
    'Cargo.toml',
    'Dockerfile',
    '.github/workflows/ci.yml',
  ]

  it('never throws and returns only well-formed dependencies, whatever the text', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc
        .array(
          fc.constantFrom(
            '{',
            '}',
            '[',
            ']',
            '<a>',
            '</a>',
            '"x"',
            ':',
            '=',
            '\n',
            'FROM ',
            'uses: ',
            'require ',
            '@',
            '1.2',
          ),
          {
            maxLength: 60,
          },
        )
        .map((parts) => parts.join('')),
    )
    fc.assert(
      fc.property(fc.constantFrom(...paths), text, (path, body) => {
        const manifest = readManifest(path, body)
        expect(manifest).not.toBeNull()
        for (const d of manifest?.dependencies ?? []) {
          expect(typeof d.name).toBe('string')
          expect(d.line).toBeGreaterThanOrEqual(1)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reads a large manifest in linear time', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => `    "pkg-${i}": "^1.${i}.0"`).join(',\n')
    const started = performance.now()
    const manifest = readManifest('package.json', `{\n  "dependencies": {\n${many}\n  }\n}\n`)
    expect(manifest?.dependencies).toHaveLength(20_000)
    expect(manifest?.dependencies.at(-1)?.line).toBe(20_002)
    expect(performance.now() - started).toBeLessThan(2_000)
  })
})

describe('readManifest on hostile input', () => {
  const long = 200_000
  const cases: [string, string][] = [
    ['pyproject.toml', `[${' '.repeat(long)}`],
    ['pyproject.toml', `dependencies = ["${'\\"'.repeat(long / 2)}`],
    ['Cargo.toml', `[dependencies]\n${'a'.repeat(long)} = "1"\n`],
    ['requirements.txt', `${'a'.repeat(long)}${' -'.repeat(long / 2)}\n`],
    ['requirements.txt', 'x\\\n'.repeat(long / 4)],
    ['Dockerfile', 'FROM \\\n'.repeat(long / 4)],
    ['build.gradle', `${'implementation'.repeat(long / 14)}(`],
    ['build.gradle', `implementation group: '${' '.repeat(long)}`],
    ['package.json', `{"dependencies": {${'"a": "1",'.repeat(long / 10)}"b": "2"}}`],
    ['pom.xml', `<project>${'<dependencies>'.repeat(long / 14)}`],
    ['.github/workflows/ci.yml', `jobs:\n${'  '.repeat(long / 2)}a: 1\n`],
  ]

  it.each(cases)('reads %s pathological text quickly', (path, text) => {
    const started = performance.now()
    readManifest(path, text)
    expect(performance.now() - started).toBeLessThan(1_500)
  })
})
