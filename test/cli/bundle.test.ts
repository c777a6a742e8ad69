/**
 * Users run the bundle in dist/cli/ (`bin/strategy-trace.cjs`), built by `npm run build:cli` and
 * committed; the other CLI tests run the sources (see run-cli.ts). These run the bundle itself: on
 * Node 24 it prints exactly what the sources print, it needs nothing from node_modules (no TypeScript
 * loader, no dependency), and `npm pack` gives a package that installs offline and runs with npx.
 * CI's check:dist proves the committed bundle is what the sources build to.
 */
import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { resolveNode24 } from '../action/e2e/run-dist.js'
import { runProcess } from '../helpers/run-process.js'
import { BIN, REPOS, runBundledCli, runCli } from './run-cli.js'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const TODAY = ['--today', '2026-06-01']
const SUMMARY_CLEAN = 'Checked 3 ADRs: 0 errors, 1 warning, 0 notices.'
const run = promisify(execFile)

const temporary: string[] = []
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temporary.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

describe('the bundled CLI (bin/strategy-trace.cjs → dist/cli/)', () => {
  it('checks a small tree on Node 24, run directly', async () => {
    const node = await resolveNode24()
    const result = await runBundledCli(node, ['check', 'clean', ...TODAY], REPOS)
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^clean\/docs\/adr\/0003-old-hosting\.md:11:1 warning ADR_RETIRED_THEME /),
      SUMMARY_CLEAN,
    ])
  })

  it.concurrent.each([
    ['check errors --format json', ['check', 'errors', '--format', 'json', ...TODAY]],
    ['check no-config', ['check', 'no-config', ...TODAY]],
    ['check bad-config', ['check', 'bad-config', ...TODAY]],
    ['adr --json', ['adr', 'clean/docs/adr/0002-adopt-sso.md', '--json', ...TODAY]],
    ['--help', ['--help']],
    ['check --help', ['check', '--help']],
    ['--version', ['--version']],
  ])('prints what the sources print: %s', async (_, args) => {
    const node = await resolveNode24()
    const [bundled, sources] = await Promise.all([runBundledCli(node, args, REPOS), runCli(args, REPOS)])
    expect(sources.stdout).not.toBe('')
    expect(bundled, 'dist/cli/ is older than src/: run `npm run build:cli`').toEqual(sources)
  })

  it('keeps its compiled code between runs (the code cache) and prints the same from it', async () => {
    const cache = tempDir('strategy-trace-v8-')
    const env = { ...process.env, NO_COLOR: '1', STRATEGY_TRACE_CACHE_DIR: cache }
    const args = [BIN, 'check', 'clean', ...TODAY]
    const first = await runProcess(process.execPath, args, { cwd: REPOS, env })
    const [folder = ''] = readdirSync(join(cache, 'strategy-trace'))
    const written = readdirSync(join(cache, 'strategy-trace', folder))
    expect(folder).toBe(`v8-${process.versions.v8}-${process.arch}`)
    expect(written).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^run-cli\.cjs-\d+-\d+-\d+-[0-9a-z]+\.v8$/),
        expect.stringMatching(/^check-[A-Z0-9]{8}\.cjs-\d+-\d+-\d+\.v8$/),
      ]),
    )
    // A cache V8 refused would be written again on exit: unchanged files show the second run used them.
    const times = () =>
      readdirSync(join(cache, 'strategy-trace', folder))
        .sort()
        .map((name) => [name, statSync(join(cache, 'strategy-trace', folder, name)).mtimeMs])
    const before = times()
    const second = await runProcess(process.execPath, args, { cwd: REPOS, env })
    expect(times()).toEqual(before)
    expect(before.map(([name]) => name)).toEqual(written.sort())
    expect(second).toEqual(first)
    expect(first).toMatchObject({ code: 0, stderr: '' })
  })

  it('runs from the package files alone, with no node_modules to load anything from', async () => {
    const copy = tempDir('strategy-trace-files-')
    for (const path of ['bin/strategy-trace.cjs', 'dist/cli', 'package.json'])
      cpSync(join(ROOT, path), join(copy, path), { recursive: true })
    const result = await runProcess(
      process.execPath,
      [join(copy, 'bin/strategy-trace.cjs'), 'check', '.', ...TODAY],
      {
        cwd: join(REPOS, 'clean'),
      },
    )
    expect(result).toMatchObject({ code: 0, stderr: '' })
    expect(result.stdout).toContain(SUMMARY_CLEAN)
  })

  it('packs with npm pack, installs offline and runs with npx', { timeout: 90_000 }, async () => {
    const dir = tempDir('strategy-trace-pack-')
    const npm = {
      timeout: 60_000,
      env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' },
    }
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir, ROOT], npm)
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[]
    const files = packed?.files.map((file) => file.path).sort() ?? []
    expect(files).toContain('bin/strategy-trace.cjs')
    expect(files).toContain('dist/cli/run-cli.cjs')
    expect(files).toContain('dist/cli/licenses.txt')
    expect(files.filter((file) => !/^(bin\/|dist\/cli\/|package\.json$|README\.md$)/.test(file))).toEqual([])

    const project = join(dir, 'project')
    cpSync(join(REPOS, 'clean'), project, { recursive: true })
    writeFileSync(join(project, 'package.json'), '{ "name": "a-project", "private": true }\n')
    await run('npm', ['install', '--offline', join(dir, packed?.filename ?? '')], { ...npm, cwd: project })
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, unknown>
    }
    expect(Object.keys(lock.packages).sort(), 'the bundle inlines every dependency').toEqual([
      '',
      'node_modules/strategy-trace',
    ])

    const result = await runProcess('npx', ['--no', 'strategy-trace', 'check', '.', ...TODAY], {
      cwd: project,
    })
    expect(result).toMatchObject({ code: 0 })
    expect(result.stdout).toContain(SUMMARY_CLEAN)
  })
})
