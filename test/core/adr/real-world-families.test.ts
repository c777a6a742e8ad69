/**
 * One synthetic record (our own words) for each family of layout the real-world corpus taught us
 * (test/corpus/adrs): the same structure, field names, status words and date spellings, so CI guards
 * every family even where the corpus texts are not restored.
 */
import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import { validateAdr } from '../../../src/core/adr/validate-adr.js'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'

const config = strategyConfigSchema.parse({
  themes: [{ id: 'speed', name: 'Speed' }],
  adrs: { require_theme: false, review_after_days: null },
})

function read(path: string, text: string) {
  const parsed = parseAdr(path, text)
  const findings = [...parsed.findings, ...validateAdr({ adr: parsed.adr, config, today: '2026-12-07' })]
  return { adr: parsed.adr, codes: findings.map((f) => `${f.code}:${f.severity}`) }
}

const FAMILIES: [string, string, Record<string, unknown>, string[]][] = [
  [
    'Chinese adr-tools port: 状态 section with a dated history, 日期 field',
    '# 3. 使用消息队列\n\n日期: 2023-05-02\n\n## 状态\n\n2023-05-02 提议\n2023-05-09 已接受\n\n## 背景\n\n文字。\n',
    { title: '使用消息队列', status: 'accepted', rawStatus: '已接受', date: '2023-05-02' },
    [],
  ],
  [
    'Japanese bullets with a full-width colon',
    '# キャッシュ層を導入する\n\n- 日付：2024-02-01\n- ステータス：承認済み\n\n## 背景\n',
    { status: 'accepted', rawStatus: '承認済み', date: '2024-02-01' },
    [],
  ],
  [
    'Korean bilingual heading `상태 (Status)` and a dotted date',
    '# ADR 004: 배포 자동화\n\nDATE: 2025.03.14\n\n## 상태 (Status)\n\n승인됨\n',
    { title: '배포 자동화', status: 'accepted', date: '2025-03-14' },
    [],
  ],
  [
    'Russian Nygard record',
    '# 2. Выбор базы данных\n\nДата: 2022-11-30\n\n## Статус\n\nПринято\n',
    { status: 'accepted', rawStatus: 'Принято', date: '2022-11-30' },
    [],
  ],
  [
    'front matter with a status history list, newest last',
    '---\ntitle: Queue choice\nstatusHistory:\n  - status: proposed\n    date: 2024-01-10\n  - status: accepted\n    date: 2024-02-20\n---\n\n# Queue choice\n',
    { status: 'accepted', date: '2024-02-20' },
    [],
  ],
  [
    "MADR template: the status is the template's list of choices",
    '# {short title}\n\n* Status: {proposed | rejected | accepted | deprecated}\n* Date: {YYYY-MM-DD}\n',
    { status: null, rawStatus: null, statusPlaceholder: '{proposed | rejected | accepted | deprecated}' },
    ['ADR_BAD_DATE:warning', 'ADR_MISSING_TITLE:warning', 'ADR_STATUS_PLACEHOLDER:warning'],
  ],
  [
    'a template that asks a question instead of a status',
    '# Title\n\n## Status\n\nWhich status is it: proposed, accepted or rejected?\n',
    { rawStatus: null },
    ['ADR_STATUS_PLACEHOLDER:warning'],
  ],
  [
    'a status with an explanation after it',
    '# 9. Drop the legacy API\n\n## Status\n\nApproved by the architecture board in the spring\n',
    { status: 'accepted', rawStatus: 'Approved' },
    [],
  ],
  [
    'a status word with a dash and a note',
    '# 12. Move to OTLP\n\nDate: 2025-06-01\n\n## Status\n\nImplemented — the last exporter moved in June\n',
    { status: 'accepted', rawStatus: 'Implemented' },
    [],
  ],
  [
    'a supersession told in a banner sentence',
    '# 8. Use the old fetch\n\nThis ADR has been superseded by [ADR 14](./0014-use-fetch.md) and no longer applies.\n',
    { status: 'superseded', supersededBy: './0014-use-fetch.md' },
    [],
  ],
  [
    'a field written inside the heading',
    '# Visual tests\n\n## Status: Deprecated\n\n## Context\n',
    { status: 'deprecated', rawStatus: 'Deprecated' },
    [],
  ],
  [
    'a bare date just below the title, month spelled out',
    '# Light curve viewer\n\nMarch 11, 2022\n\n## Status\n\nAccepted\n',
    { date: '2022-03-11' },
    [],
  ],
  [
    'a compact date under `Introduced:`',
    '# 6. Capture one identifier\n\nIntroduced: 20220411\n\n## Status\n\nDecided\n',
    { date: '2022-04-11', status: 'accepted' },
    [],
  ],
  [
    'a Chinese date and a passive supersession',
    '# ADR 022: 自定义处理\n\n## 变更日志\n\n* 2020年4月24日：初稿\n\n## 状态\n\n被 ADR-045 取代\n',
    { status: 'superseded', supersededBy: 'ADR-045' },
    [],
  ],
  [
    'a title prefixed with a placeholder number',
    '# ADR-XXXX - Title of the decision\n\n**Status**: Proposed\n',
    { title: 'Title of the decision' },
    [],
  ],
  [
    'a status the reader cannot place, written in an unknown layout',
    '# 5. Cache tokens\n\n> The status of this record is kept in the wiki.\n',
    { status: null, statusMention: { word: 'status', line: 3 } },
    ['ADR_STATUS_UNREADABLE:warning'],
  ],
  [
    'a status given as a badge image',
    '# 2. Refactor\n\n## Status\n\n[![ADR](https://img.shields.io/badge/status-accepted-green)](README.md)\n',
    { status: 'accepted', rawStatus: 'accepted' },
    [],
  ],
  [
    "Hugo's TOML front matter",
    '+++\n# a licence header\ntitle = "ADR-0004: Keep secrets sealed"\nstatus = "accepted"\ndate = 2024-05-10\n+++\n\nText.\n',
    { title: 'Keep secrets sealed', status: 'accepted', date: '2024-05-10' },
    [],
  ],
  [
    "a template's braces kept around the chosen word",
    '---\nstatus: { accepted }\ndate: 2023-11-21\n---\n\n# Tracing\n',
    { status: 'accepted', date: '2023-11-21' },
    [],
  ],
  [
    "a template's choices listed one per line",
    '# 제목\n\n## 상태 (Status)\n\n현재 상태는 무엇인가요?\n\n- 제안됨 (Proposed)\n- 승인됨 (Accepted)\n- 거절됨 (Rejected)\n',
    { status: null, rawStatus: null },
    ['ADR_STATUS_PLACEHOLDER:warning'],
  ],
  [
    'the earliest changelog entry dates a record without a date field',
    '# ADR 022: Panics\n\n## Changelog\n\n* 2020 Apr 24: Initial draft\n* 2021 Sep 14: Superseded\n\n## Status\n\nAccepted\n',
    { date: '2020-04-24' },
    [],
  ],
  [
    'a middle dot between number and title, a full-width parenthesis after the status',
    '# ADR-0018 · 不引入拦截工具\n\n## Status\n\nAccepted（反向决议）\n',
    { title: '不引入拦截工具', status: 'accepted', rawStatus: 'Accepted' },
    [],
  ],
  [
    '`Superseded by: n/a` means not superseded',
    '# 4. Parser\n\n- **Status:** Accepted\n- **Superseded by:** _n/a_\n',
    { status: 'accepted', supersededBy: null },
    [],
  ],
]

describe('ADR layouts from the real-world corpus (synthetic records of each family)', () => {
  it.each(FAMILIES)('%s', (_family, text, fields, codes) => {
    const { adr, codes: found } = read('docs/adr/0001-x.md', text)
    expect(adr).toMatchObject(fields)
    expect([...found].sort()).toEqual(codes)
  })

  it('never reports an error for any of them unless it is certain', () => {
    for (const [, text] of FAMILIES) {
      const { codes } = read('docs/adr/0001-x.md', text)
      expect(codes.filter((code) => code.endsWith(':error'))).toEqual([])
    }
  })

  it.each<[string, string, Record<string, unknown>]>([
    [
      'a title starting with a quantity keeps it',
      '# 200 ms budget for checkout\n\n**Status**: Accepted\n',
      { title: '200 ms budget for checkout', number: null },
    ],
    [
      'a status then its successor',
      '# X\n\n## Status\n\nDeprecated, superseded by [ADR-5](0005-x.md)\n',
      { status: 'deprecated', supersededBy: '0005-x.md' },
    ],
    [
      'two words of one status',
      '# X\n\n## Status\n\nAccepted / Implemented\n',
      { status: 'accepted', rawStatus: 'Accepted' },
    ],
    [
      'a status heading that points below',
      '# X\n\n## Status: see below\n\nAccepted\n',
      { status: 'accepted' },
    ],
    [
      'a phrase whose first word is no status',
      '# X\n\n## Status\n\nWork in progress\n',
      { rawStatus: 'Work in progress' },
    ],
  ])('reads %s', (_case, text, fields) => {
    expect(read('docs/adr/x.md', text).adr).toMatchObject(fields)
  })

  it('reads at most the bounded part of huge TOML front matter, quickly', () => {
    const keys = Array.from({ length: 9000 }, (_, i) => `key${i} = "value ${i}"`).join('\n')
    const started = performance.now()
    const { codes } = read('a.md', `+++\n${keys}\n+++\n# T\n\n**Status**: Accepted\n`)
    expect(performance.now() - started).toBeLessThan(2000)
    expect(codes).toEqual([])
    const wide = Array.from({ length: 900 }, (_, i) => `k${i} = "${'x'.repeat(100)}"`).join('\n')
    expect(read('a.md', `+++\n${wide}\n+++\n# T\n\n**Status**: Accepted\n`).codes).toEqual([
      'ADR_FRONT_MATTER_INVALID:warning',
    ])
  })

  it('still reports a record with no status anywhere as an error', () => {
    const { codes } = read('docs/adr/0001-x.md', '# 1. Use Go\n\n## Context\n\nWe write services.\n')
    expect(codes).toEqual(['ADR_MISSING_STATUS:error'])
  })

  it.each([
    ['16-Jan-2020', '2020-01-16'],
    ['January 16, 2020', '2020-01-16'],
    ['2020/01/16', '2020-01-16'],
    ['16.01.2020', '2020-01-16'],
    ['2020年1月16日', '2020-01-16'],
    ['20200116', '2020-01-16'],
  ])('reads the date %s', (written, iso) => {
    expect(read('a.md', `# T\n\nDate: ${written}\n\n## Status\n\nAccepted\n`).adr.date).toBe(iso)
  })

  it('never guesses an ambiguous or malformed date', () => {
    expect(read('a.md', '# T\n\nDate: 03/04/2021\n\n## Status\n\nAccepted\n').adr.date).toBeNull()
    expect(read('a.md', '# T\n\nDate: 2023-13-10\n\n## Status\n\nAccepted\n').adr.date).toBeNull()
  })
})
