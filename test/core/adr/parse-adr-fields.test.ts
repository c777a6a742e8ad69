import { describe, expect, it } from 'vitest'
import { parseAdr } from '../../../src/core/adr/parse-adr.js'
import type { Adr } from '../../../src/core/types.js'

const read = (text: string, path = 'docs/adr/0001-x.md'): Adr => parseAdr(path, text).adr

describe('parseAdr: status', () => {
  it.each([
    ['a plain line', '**Status**: Accepted', 'accepted', 'Accepted'],
    ['a synonym', '**Status**: Approved', 'accepted', 'Approved'],
    ['any case', 'STATUS: ACCEPTED', 'accepted', 'ACCEPTED'],
    ['brackets', '* **Status:** [approved]', 'accepted', 'approved'],
    ['a code span', '**Status**: `accepted`', 'accepted', 'accepted'],
    ['bold value', '**Status:** **Accepted**', 'accepted', 'Accepted'],
    ['italic label', '_Status_: draft', 'proposed', 'draft'],
    ['a multi-word synonym', 'Status: In Review', 'proposed', 'In Review'],
    ['a date in parentheses', '**Status**: Accepted (2021-03-02)', 'accepted', 'Accepted'],
    ['a date after "on"', 'Status: Accepted on March 2, 2021', 'accepted', 'Accepted'],
    ['a trailing emoji', 'Status: Accepted ✅', 'accepted', 'Accepted'],
    ['bold and an emoji', 'Status: **Accepted** ✅', 'accepted', 'Accepted'],
    ['a leading emoji with a skin tone', 'Status: 👍🏽 Accepted', 'accepted', 'Accepted'],
    ['a misspelling', '**Status**: Aproved', null, 'Aproved'],
    ['a template placeholder (kept apart, not a status)', 'Status: [proposed | accepted]', null, null],
    ['a blockquote', '> **Status**: Rejected', 'rejected', 'Rejected'],
    ['a French colon', 'Status : Deprecated', 'deprecated', 'Deprecated'],
  ])('reads %s', (_name, line, status, rawStatus) => {
    expect(read(`# T\n\n${line}\n`)).toMatchObject({ status, rawStatus, lines: { status: 3 } })
  })

  it.each([
    ['Superseded by a link', 'Superseded by [ADR-0012](0012-foo.md)', '0012-foo.md', 'Superseded'],
    ['the old adr-tools spelling', 'Superceded by [2. Foo](0002-foo.md)', '0002-foo.md', 'Superceded'],
    ['a reference without link', 'superseded by ADR-0123', 'ADR-0123', 'superseded'],
    ['a colon and a link', 'Superseded: [ADR-12](0012-x.md)', '0012-x.md', 'Superseded'],
    ['a German phrase', 'Ersetzt durch [ADR-3](0003-x.md)', '0003-x.md', 'Ersetzt'],
    ['no target', 'Superseded', null, 'Superseded'],
  ])('reads a supersession: %s', (_name, value, supersededBy, rawStatus) => {
    expect(read(`# T\n\n## Status\n\n${value}\n`)).toMatchObject({
      status: 'superseded',
      rawStatus,
      supersededBy,
    })
  })

  it.each([
    ['the latest dated line', '2021-01-04 Proposed\n2021-03-02 Accepted\n2021-02-01 Rejected', 'accepted', 6],
    [
      'an undated superseded-by line after dated ones',
      '2021-01-04 Accepted\n\nSuperseded by ADR-0012',
      'superseded',
      7,
    ],
    ['the last known undated status', 'Proposed\n\nAccepted', 'accepted', 7],
    [
      'a status over the prose that follows',
      'Accepted\n\nRejected alternatives are listed in the appendix.',
      'accepted',
      5,
    ],
    ['the first line when none is known', 'We decided to go ahead.\n\nMore text.', null, 5],
    ['a status over adr-tools links', 'Accepted\n\nAmended by [3. Foo](0003-foo.md)', 'accepted', 5],
    ['an undated history table', '| 2021-01-01 | Proposed |\n| 2021-03-01 | Accepted |', 'accepted', 6],
    [
      'a labelled history table',
      '| Date | Status |\n|---|---|\n| 2021-01-01 | Proposed |\n| 2021-03-01 | Accepted |',
      'accepted',
      8,
    ],
  ])('chooses %s in a status history', (_name, body, status, line) => {
    expect(read(`# T\n\n## Status\n\n${body}\n\n## Context\n`)).toMatchObject({
      status,
      lines: { status: line },
    })
  })

  it('reads a value written on the line after an empty field', () => {
    expect(read('# T\n\n**Status**:\nAccepted\n\nProse.\n')).toMatchObject({
      status: 'accepted',
      lines: { status: 4 },
    })
  })

  it('keeps the line of an empty status so findings can point at it', () => {
    expect(read('# T\n\n* Status:\n* Deciders: x\n\nTechnical story\n')).toMatchObject({
      status: null,
      rawStatus: null,
      lines: { status: 3 },
    })
  })

  it('takes the first status when several places give one', () => {
    expect(read('---\nstatus: rejected\n---\n# T\n\n**Status**: Accepted\n')).toMatchObject({
      status: 'rejected',
      format: 'front-matter',
    })
    expect(read('---\nstatus: rejected\n---\n# T\n\n**Theme**: x\n')).toMatchObject({ format: 'mixed' })
  })

  it('normalises with configured statuses and synonyms', () => {
    const options = { statuses: ['draft', 'live', 'retired'], synonyms: { angenommen: 'live' } }
    expect(parseAdr('a.md', 'Status: Angenommen\n', options).adr).toMatchObject({ status: 'live' })
    expect(parseAdr('a.md', 'Status: accepted\n', options).adr).toMatchObject({ status: null })
  })
})

describe('parseAdr: title and number', () => {
  it.each([
    ['# ADR-0007: Adopt SSO', 'docs/adr/x.md', 'Adopt SSO', 7],
    ['# adr-007 Adopt SSO', 'docs/adr/x.md', 'Adopt SSO', 7],
    ['# [ADR-12] Use Kafka', 'docs/adr/x.md', 'Use Kafka', 12],
    ['# 7. Record decisions', 'docs/adr/x.md', 'Record decisions', 7],
    ['# 0008 - Use Postgres', 'docs/adr/x.md', 'Use Postgres', 8],
    ['# ADR-0009', 'docs/adr/x.md', 'ADR-0009', 9],
    ['# Use Kafka', 'docs/adr/0042-use-kafka.md', 'Use Kafka', 42],
    ['# Use Kafka', 'docs/adr/ADR-0043-use-kafka.md', 'Use Kafka', 43],
    ['# Use Kafka', 'docs/adr/20210302-use-kafka.md', 'Use Kafka', null],
    ['# Use Kafka', 'docs/adr/2021-03-02-use-kafka.md', 'Use Kafka', null],
    ['# 2021 roadmap for Kafka', 'docs/adr/x.md', '2021 roadmap for Kafka', null],
    ['# C#', 'docs/adr/x.md', 'C#', null],
    ['Setext title\n====', 'docs/adr/x.md', 'Setext title', null],
  ])('reads %j in %s', (heading, path, title, number) => {
    expect(read(`${heading}\n\nStatus: Accepted\n`, path)).toMatchObject({
      title,
      number,
      lines: { title: 1 },
    })
  })

  it('falls back to the front-matter title, then to the file name', () => {
    expect(read('---\ntitle: From front matter\n---\nText.\n')).toMatchObject({
      title: 'From front matter',
      lines: { title: 2 },
    })
    const derived = read('Text only.\n', 'docs/adr/0042_use-the-thing.md')
    expect(derived).toMatchObject({ title: 'Use the thing', number: 42 })
    expect(derived.lines.title).toBeUndefined()
  })

  it('points the number at the title line when the title names it', () => {
    expect(read('# ADR-0001: X\n').lines.number).toBe(1)
    expect(read('# X\n').lines.number).toBeUndefined()
  })

  it('cuts a very long title', () => {
    expect(read(`# ${'a'.repeat(5000)}\n`).title).toHaveLength(300)
  })
})

describe('parseAdr: other fields', () => {
  it('reads theme, dates and supersessions from sections and field lines', () => {
    const adr = read(
      '# T\n\n## Status\n\nAccepted\n\n## Strategic Theme\n\n**enterprise-ready**\n\n## Review Date\n\n2027-01-31\n\n' +
        '## Supersedes\n\n* [ADR-1](0001-a.md)\n* ADR-2\n\n## Superseded by\n\nnothing yet\n',
    )
    expect(adr).toMatchObject({
      theme: 'enterprise-ready',
      reviewDate: '2027-01-31',
      supersedes: ['0001-a.md', 'ADR-2'],
      supersededBy: 'nothing yet',
      lines: { theme: 9, reviewDate: 13, supersedes: 17, supersededBy: 22 },
    })
  })

  it('reads supersessions written as sentences in a Links section', () => {
    const adr = read(
      '# T\n\nStatus: Accepted\n\n## Links\n\n* Superseded by [ADR-5](0005-x.md)\n* Replaces the old cache\n',
    )
    expect(adr).toMatchObject({ supersededBy: '0005-x.md', supersedes: [], lines: { supersededBy: 7 } })
  })

  it('does not read prose headings and labels that are also English words', () => {
    const adr = read(
      '# T\n\n## Data\n\nWe store data in Postgres.\n\nReview: the team agreed.\n\nData: 2021-03-02\n',
    )
    expect(adr).toMatchObject({ date: '2021-03-02', reviewDate: null, lines: { date: 9 } })
  })

  it('reads a vertical table whose header row is itself a field', () => {
    expect(read('# T\n\n| Status | Accepted |\n|---|---|\n| Date | 2021-03-01 |\n')).toMatchObject({
      status: 'accepted',
      date: '2021-03-01',
      lines: { status: 3, date: 5 },
    })
  })

  it('reads a one-column horizontal table', () => {
    expect(read('# T\n\n| Status |\n|---|\n| Accepted |\n')).toMatchObject({
      status: 'accepted',
      lines: { status: 5 },
    })
  })

  it('takes the date of the current status when there is no date field', () => {
    expect(read('# T\n\n## Status\n\nProposed 2021-01-01\nAccepted 2 March 2021\n')).toMatchObject({
      date: '2021-03-02',
      lines: { date: 6 },
    })
  })
})
