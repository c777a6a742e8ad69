import { describe, expect, it } from 'vitest'
import { loadConfig, type ExtendsTarget } from '../../src/jobs/load-config.js'

const PATH = '.github/strategy.yml'
const THEMES = 'themes:\n  - id: global-scale\n    name: Global Scale\n'
const repo = { owner: 'acme', repo: 'api' }

function source(files: Record<string, string>) {
  return { readFile: async (path: string) => files[path] ?? null }
}

describe('loadConfig', () => {
  it('loads a valid config with its defaults', async () => {
    const loaded = await loadConfig({ source: source({ [PATH]: THEMES }), path: PATH, repo })
    expect(loaded.status).toBe('loaded')
    if (loaded.status !== 'loaded') return
    expect(loaded.config.themes.map((t) => t.id)).toEqual(['global-scale'])
    expect(loaded.config.pull_requests.require_theme).toBe(true)
    expect(loaded.findings).toEqual([])
  })

  it('says missing when there is no file', async () => {
    expect(await loadConfig({ source: source({}), path: PATH, repo })).toEqual({
      status: 'missing',
      file: PATH,
      findings: [],
    })
  })

  it('turns config problems into findings with line and column', async () => {
    const text = `${THEMES}pull_requests:\n  requre_theme: false\n`
    const loaded = await loadConfig({ source: source({ [PATH]: text }), path: PATH, repo })
    expect(loaded.status).toBe('invalid')
    expect(loaded.findings).toMatchObject([
      { code: 'CONFIG_UNKNOWN_KEY', severity: 'error', file: PATH, line: 5, column: 3 },
    ])
  })

  it('reports YAML syntax errors as findings', async () => {
    const loaded = await loadConfig({ source: source({ [PATH]: 'themes: [\n' }), path: PATH, repo })
    expect(loaded).toMatchObject({
      status: 'invalid',
      findings: [{ code: 'CONFIG_YAML_SYNTAX', file: PATH }],
    })
  })

  it("follows `_extends: .github` to the org's .github repository and lays the local file over it", async () => {
    const asked: ExtendsTarget[] = []
    const readExtended = async (target: ExtendsTarget) => {
      asked.push(target)
      return `${THEMES}adrs:\n  require_theme: false\n`
    }
    const local = '_extends: .github\nadrs:\n  paths: ["decisions/*.md"]\n'
    const loaded = await loadConfig({ source: source({ [PATH]: local }), path: PATH, repo, readExtended })
    expect(asked).toEqual([{ owner: 'acme', repo: '.github', path: PATH }])
    expect(loaded.status).toBe('loaded')
    if (loaded.status !== 'loaded') return
    expect(loaded.config.adrs).toMatchObject({ paths: ['decisions/*.md'], require_theme: false })
    expect(loaded.config.themes[0]?.id).toBe('global-scale')
  })

  it('reports an `_extends` target that does not exist', async () => {
    const loaded = await loadConfig({
      source: source({ [PATH]: '_extends: platform/standards\n' }),
      path: PATH,
      repo,
      readExtended: async () => null,
    })
    expect(loaded).toMatchObject({
      status: 'invalid',
      findings: [{ code: 'CONFIG_NOT_FOUND', severity: 'error', file: PATH }],
    })
    expect(loaded.findings[0]?.message).toContain('platform/standards:.github/strategy.yml')
  })

  it('reports a base that cannot be read, and warns that a base extending again is not followed', async () => {
    const failing = await loadConfig({
      source: source({ [PATH]: '_extends: .github\n' }),
      path: PATH,
      repo,
      readExtended: async () => {
        throw new Error('Could not read acme/.github: 403 Forbidden.')
      },
    })
    expect(failing.findings[0]?.message).toContain('403 Forbidden')
    const nested = await loadConfig({
      source: source({ [PATH]: '_extends: .github\n' }),
      path: PATH,
      repo,
      readExtended: async () => `_extends: other\n${THEMES}`,
    })
    expect(nested).toMatchObject({
      status: 'loaded',
      findings: [{ code: 'CONFIG_INVALID', severity: 'warning' }],
    })
  })

  it('loads a file that inherits its themes when `_extends` cannot be followed (offline), with no themes', async () => {
    const loaded = await loadConfig({
      source: source({ [PATH]: "_extends: .github\nadrs:\n  paths: ['decisions/*.md']\n" }),
      path: PATH,
      repo: null,
    })
    expect(loaded).toMatchObject({
      status: 'loaded',
      config: { themes: [], adrs: { paths: ['decisions/*.md'] } },
      findings: [{ code: 'CONFIG_NOT_FOUND', severity: 'warning' }],
    })
  })

  it('offline, accepts migrations that name inherited themes, and keeps the warning on other problems', async () => {
    const migrations =
      "migrations:\n  - id: m1\n    title: M\n    label: 'migration:m1'\n    theme: dev-velocity\n"
    const loaded = await loadConfig({
      source: source({ [PATH]: `_extends: .github\n${migrations}` }),
      path: PATH,
      repo: null,
    })
    expect(loaded).toMatchObject({ status: 'loaded', config: { themes: [] } })
    const broken = await loadConfig({
      source: source({ [PATH]: '_extends: .github\nadrs:\n  pathz: []\n' }),
      path: PATH,
      repo: null,
    })
    expect(broken.status).toBe('invalid')
    expect(broken.findings.map((f) => f.code)).toContain('CONFIG_NOT_FOUND')
    expect(JSON.stringify(broken)).not.toContain('inherited')
  })

  it('warns and checks the file alone where `_extends` cannot be followed (offline)', async () => {
    const loaded = await loadConfig({
      source: source({ [PATH]: `_extends: .github\n${THEMES}` }),
      path: PATH,
      repo: null,
    })
    expect(loaded).toMatchObject({
      status: 'loaded',
      findings: [{ code: 'CONFIG_NOT_FOUND', severity: 'warning' }],
    })
  })
})
