import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error')
}

describe('the purity lint of src/core', () => {
  it.each([
    ["import { readFileSync } from 'node:fs'\nexport const x = readFileSync", 'no-restricted-imports'],
    ["import * as core from '@actions/core'\nexport const x = core", 'no-restricted-imports'],
    ["import { Octokit } from '@octokit/rest'\nexport const x = Octokit", 'no-restricted-imports'],
    ["import { Probot } from 'probot'\nexport const x = Probot", 'no-restricted-imports'],
    [
      "import { createOctokitGateway } from '../github/octokit-gateway.js'\nexport const x = createOctokitGateway",
      'no-restricted-imports',
    ],
    ['export const token = process.env.GITHUB_TOKEN', 'no-restricted-globals'],
    ['export const now = Date.now()', 'no-restricted-syntax'],
    ['export const today = new Date()', 'no-restricted-syntax'],
  ])('rejects %j in src/core', async (code, rule) => {
    expect(await ruleIdsFor(code, 'src/core/purity-probe.ts')).toContain(rule)
  })

  it('accepts pure libraries and explicit dates', async () => {
    const code =
      "import { parse } from 'yaml'\nexport const x = parse('a: 1')\nexport const d = new Date('2026-01-01')\n"
    expect(await ruleIdsFor(code, 'src/core/purity-probe.ts')).toEqual([])
  })

  it('allows I/O outside src/core', async () => {
    const code = "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"
    expect(await ruleIdsFor(code, 'src/cli/purity-probe.ts')).toEqual([])
  })
})
