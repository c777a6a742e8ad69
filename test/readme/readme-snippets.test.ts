import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseAdr } from '../../src/core/adr/parse-adr.js'
import { validateAdr } from '../../src/core/adr/validate-adr.js'
import type { StrategyConfig } from '../../src/core/config/config.schema.js'
import { parseConfig, readConfigDocument } from '../../src/core/config/parse-config.js'
import { FINDING_CODES } from '../../src/core/findings.js'
import { exerciseCommand, type CommandContext } from './exercise-command.js'
import { extractBlocks, headingAnchors, localLinks, type ReadmeBlock } from './readme-blocks.js'
import { parseShellBlock, type ShellCommand } from './shell-commands.js'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
const blocks = extractBlocks(readme)
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }
const scripts = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }
).scripts
/** `uses:` values that mean this Action: the local checkout, or the published repository at any ref. */
const OUR_ACTION = /^(?:\.\/?|strategy-trace\/strategy-trace@.+)$/
/** Files other work in this repository produces; a link to them is reported, not failed, while missing. */
const TODAY = '2026-06-01'

type Kind = 'workflow' | 'config' | 'adr' | 'shell' | 'skip' | 'unknown'

function kindOf(block: ReadmeBlock): Kind {
  if (block.directive?.kind === 'skip') return 'skip'
  if (block.lang === 'markdown' || block.lang === 'md') return 'adr'
  if (block.lang === 'sh' || block.lang === 'bash' || block.lang === 'shell') return 'shell'
  if (block.lang !== 'yaml' && block.lang !== 'yml') return 'unknown'
  let data: Record<string, unknown> | null
  try {
    data = parse(block.text) as Record<string, unknown> | null
  } catch {
    return 'unknown' // reported with its line by the first test
  }
  if (data !== null && typeof data === 'object' && 'jobs' in data) return 'workflow'
  if (data !== null && typeof data === 'object' && ('themes' in data || '_extends' in data)) return 'config'
  return 'unknown'
}

const byKind = (kind: Kind) => blocks.filter((block) => kindOf(block) === kind)
const where = (block: ReadmeBlock) => `README.md:${block.line}`

/** The README's main config example: the block written to `.github/strategy.yml`. */
const mainConfigBlock = byKind('config').find((block) => block.directive?.kind === 'file')
const mainConfig: StrategyConfig = parseConfig(mainConfigBlock?.text ?? '', 'README.md')

describe('README code blocks', () => {
  it('each has a language the test exercises, or a `<!-- snippet: skip reason -->` marker', () => {
    expect(blocks.length).toBeGreaterThan(10)
    const unknown = byKind('unknown').map((b) => `${where(b)} (${b.lang || 'no language'})`)
    const why = 'unreadable YAML, YAML that is neither a workflow nor a config, or another language'
    expect(unknown, `blocks the test cannot exercise (${why}): fix them or mark them`).toEqual([])
    for (const block of byKind('skip')) {
      expect(block.directive?.kind === 'skip' && block.directive.reason.length > 3, where(block)).toBe(true)
    }
  })

  it('writes `snippet: file` blocks to distinct paths', () => {
    const paths = blocks.flatMap((b) => (b.directive?.kind === 'file' ? [b.directive.path] : []))
    expect(new Set(paths).size).toBe(paths.length)
    expect(paths).toContain('.github/strategy.yml')
  })
})

describe('README workflows', () => {
  const workflows = byKind('workflow')
  it('has at least one workflow using this Action', () => {
    expect(workflows.length).toBeGreaterThan(0)
  })

  it.each(workflows.map((b) => [where(b), b] as const))(
    '%s is a safe workflow with valid inputs',
    (_, block) => {
      const workflow = parse(block.text) as Workflow
      expect(workflow.on, 'on:').toBeTruthy()
      const jobs = Object.values(workflow.jobs)
      const permissions =
        workflow.permissions !== undefined || jobs.every((job) => job.permissions !== undefined)
      expect(permissions, 'permissions: at the top or in every job').toBe(true)
      for (const step of jobs.flatMap((job) => job.steps ?? [])) {
        if (typeof step.uses === 'string' && OUR_ACTION.test(step.uses)) {
          for (const key of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs)).toContain(key)
        }
        const script = (step.run ?? '').replace(/\$\{\{\s*/g, '${{ ')
        expect(script).not.toContain('${{ github.event.')
        expect(script).not.toContain('${{ github.head_ref')
      }
    },
  )
})

describe('README strategy configs', () => {
  it('has a main config example that loads and uses every section', () => {
    expect(mainConfigBlock, 'a yaml block marked <!-- snippet: file .github/strategy.yml -->').toBeDefined()
    const data = readConfigDocument(mainConfigBlock?.text ?? '', 'README.md').data as Record<string, unknown>
    expect(Object.keys(data).sort()).toEqual(
      ['adrs', 'digest', 'leaderboard', 'migrations', 'pull_requests', 'teams', 'themes'].sort(),
    )
    expect(mainConfig.themes.length).toBeGreaterThanOrEqual(3)
  })

  it.each(byKind('config').map((b) => [where(b), b] as const))('%s passes parseConfig', (_, block) => {
    const base = readConfigDocument(mainConfigBlock?.text ?? '', 'README.md').data
    const document = readConfigDocument(block.text, where(block))
    const options = document.extends === null ? undefined : { base }
    expect(() => parseConfig(block.text, where(block), options)).not.toThrow()
  })
})

describe('README ADR examples', () => {
  const adrs = byKind('adr')
  it('shows the formats users have', () => {
    expect(adrs.length).toBeGreaterThanOrEqual(7)
    expect(readme).toMatch(/^## ADR format$/m)
  })

  it.each(adrs.map((b) => [where(b), b] as const))(
    '%s has a status, its theme, and no errors',
    (_, block) => {
      const path =
        block.directive?.kind === 'file' ? block.directive.path : `docs/adr/readme-${block.line}.md`
      const { adrs: rules } = mainConfig
      const parsed = parseAdr(path, block.text, { statuses: rules.statuses, synonyms: rules.status_synonyms })
      expect(parsed.adr.status, 'status').not.toBeNull()
      if (/strategic theme|^(?:strategic-)?theme:/im.test(block.text))
        expect(parsed.adr.theme, 'theme').not.toBeNull()
      const findings = [
        ...parsed.findings,
        ...validateAdr({ adr: parsed.adr, config: mainConfig, today: TODAY }),
      ]
      expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    },
  )
})

describe.concurrent('README shell commands', () => {
  let tree = ''
  beforeAll(() => {
    // The CLI runs in a working tree made of the README's own examples (config and ADRs).
    tree = mkdtempSync(join(tmpdir(), 'strategy-trace-readme-'))
    for (const block of blocks) {
      if (block.directive?.kind !== 'file') continue
      mkdirSync(dirname(join(tree, block.directive.path)), { recursive: true })
      writeFileSync(join(tree, block.directive.path), block.text)
    }
  })
  afterAll(() => rmSync(tree, { recursive: true, force: true }))

  const commands: [string, ShellCommand][] = byKind('shell').flatMap((block) =>
    parseShellBlock(block.text).map(
      (c) => [`README.md:${block.line + c.line} ${c.source}`, c] as [string, ShellCommand],
    ),
  )

  it('include the two quick-start commands and the CLI', () => {
    const sources = commands.map(([, c]) => c.source)
    expect(sources).toEqual(expect.arrayContaining(['npm ci', 'npm run demo', 'npm test']))
    expect(sources.filter((s) => s.startsWith('npx strategy-trace')).length).toBeGreaterThanOrEqual(3)
  })

  it.each(commands)('%s', async (_, command) => {
    const context: CommandContext = { root: ROOT, tree, scripts }
    const outcome = await exerciseCommand(command, context)
    expect(outcome.problems).toEqual([])
  })
})

describe('README content', () => {
  const findings = readme.split(/^## /m).find((part) => part.startsWith('Findings\n')) ?? ''
  it.each([...FINDING_CODES])('explains %s with its severity and fix', (code) => {
    const row = findings.split('\n').find((line) => line.startsWith(`| \`${code}\` |`))
    expect(row, `a row for ${code} in "## Findings"`).toBeDefined()
    expect(row?.split(/(?<!\\)\|/).filter((cell) => cell.trim() !== '').length).toBe(4)
  })

  it('has the anchors that messages and its own links point at', () => {
    const anchors = headingAnchors(readme)
    const fromSource = sourceFiles(['src', 'app']).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/(?:README(?:\.md)?#|docsLink\(')([a-z0-9-]+)/g)].map(
        (m) => m[1] ?? '',
      ),
    )
    const fromReadme = localLinks(readme).flatMap((link) => (link.startsWith('#') ? [link.slice(1)] : []))
    expect(fromSource).toContain('adr-format')
    for (const anchor of [...fromSource, ...fromReadme]) expect(anchors, `#${anchor}`).toContain(anchor)
  })

  it('links only to files that exist, and shows a small preview screenshot', () => {
    const files = localLinks(readme)
      .filter((link) => !link.startsWith('#'))
      .map((link) => link.split('#')[0] ?? '')
    expect(files).toContain('docs/leaderboard-preview.png')
    const missing = files.filter((file) => !exists(join(ROOT, file)))
    expect(missing).toEqual([])
    const png = readFileSync(join(ROOT, 'docs/leaderboard-preview.png'))
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.length).toBeLessThan(600 * 1024)
  })
})

interface Workflow {
  on: unknown
  permissions?: unknown
  jobs: Record<
    string,
    { permissions?: unknown; steps?: { uses?: unknown; with?: Record<string, unknown>; run?: string }[] }
  >
}

function exists(path: string): boolean {
  try {
    statSync(path)
    return true
  } catch {
    return false
  }
}

function sourceFiles(dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => join(entry.parentPath, entry.name)),
  )
}
