/**
 * "The CLI never prints a stack trace for a user mistake": the real CLI (`bin/strategy-trace.cjs`),
 * spawned on broken and hostile input, answers in plain lines and an exit code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliRun } from '../cli/run-cli.js'

const CONFIG = '.github/strategy.yml'
const THEMES = 'themes:\n  - id: global-scale\n    name: Global Scale\n'
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0xff, 0xfe])

/** A working tree for each case: its config text (or none) and its ADR files. */
const TREES: Record<string, { config?: string | Buffer; adrs?: Record<string, string | Buffer> }> = {
  'bad-yaml': { config: 'themes:\n  - id: a\n    name: "A\n' },
  'circular-alias': { config: 'themes: &t [{id: a, name: *t}]\n' },
  'deep-nesting': { config: `themes: ${'['.repeat(100_000)}` },
  'invalid-utf8': {
    config: Buffer.concat([Buffer.from('themes:\n  - id: '), Buffer.from([0xc3, 0x28, 0xff])]),
  },
  'binary-adr': {
    config: THEMES,
    adrs: { '0001-logo.md': PNG, '0002-ok.md': '# Use X\n\nStatus: Accepted\n' },
  },
  'hostile-adr': { config: THEMES, adrs: { '0001-x.md': `---\n${'['.repeat(60_000)}\n---\n# X\n` } },
}

let root = ''

function tree(name: string): string {
  return join(root, name)
}

/** Every line of both streams that looks like a V8 stack frame. */
function stackLines(run: CliRun): string[] {
  return `${run.stdout}\n${run.stderr}`.split('\n').filter((line) => /^\s+at\s/.test(line))
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'strategy-trace-cli-'))
  for (const [name, { config, adrs = {} }] of Object.entries(TREES)) {
    mkdirSync(join(tree(name), '.github'), { recursive: true })
    mkdirSync(join(tree(name), 'docs/adr'), { recursive: true })
    if (config !== undefined) writeFileSync(join(tree(name), CONFIG), config)
    for (const [file, text] of Object.entries(adrs)) writeFileSync(join(tree(name), 'docs/adr', file), text)
  }
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('the CLI on user mistakes', () => {
  const cases: [string, (cwd: string) => string[], RegExp][] = [
    ['bad YAML', () => ['check', tree('bad-yaml')], /strategy\.yml:\d+:\d+ .*quote/i],
    ['a circular alias', () => ['check', tree('circular-alias')], /strategy\.yml:1:27 .*The alias `\*t`/],
    ['100,000 nested brackets', () => ['check', tree('deep-nesting')], /nest more than 32 levels/],
    ['a config that is not UTF-8', () => ['check', tree('invalid-utf8')], /strategy\.yml:\d+:\d+ /],
    ['a binary ADR', () => ['check', tree('binary-adr')], /0001-logo\.md.*ADR_UNREADABLE/],
    ['a binary ADR, read alone', (cwd) => ['adr', join(cwd, 'docs/adr/0001-logo.md')], /ADR_UNREADABLE/],
    ['nested front matter', () => ['check', tree('hostile-adr')], /ADR_FRONT_MATTER_INVALID/],
    ['a missing directory', () => ['check', join(root, 'no-such-dir')], /no-such-dir/],
    ['a missing config file', () => ['check', tree('bad-yaml'), '--config', 'nope.yml'], /nope\.yml/],
    ['a missing ADR file', (cwd) => ['adr', join(cwd, 'docs/adr/9999-none.md')], /9999-none\.md/],
    ['a directory as an ADR', (cwd) => ['adr', join(cwd, 'docs/adr')], /docs\/adr/],
  ]

  it('answers every mistake in plain lines and exit code 1 or 2, never with a stack trace', async () => {
    const cwd = tree('binary-adr')
    const runs = await Promise.all(cases.map(([, args]) => runCli(args(cwd), cwd)))
    const wrong = runs.flatMap((run, i) => {
      const [mistake, , says] = cases[i] as (typeof cases)[number]
      const output = `${run.stdout}\n${run.stderr}`
      const ok = stackLines(run).length === 0 && says.test(output) && [0, 1, 2].includes(run.code ?? -1)
      return ok ? [] : [{ mistake, ...run }]
    })
    expect(wrong).toEqual([])
  }, 120_000)
})
