import { describe, expect, it } from 'vitest'
import { findDate, readDate } from '../../../src/core/adr/find-date.js'

describe('readDate', () => {
  it.each([
    ['2021-03-02', '2021-03-02'],
    ['2021/03/02', '2021-03-02'],
    ['2021.3.2', '2021-03-02'],
    ['2021-03-02T10:00:00Z', '2021-03-02'],
    ['2021-03-02 23:30:00 -05:00', '2021-03-02'],
    ['March 2, 2021', '2021-03-02'],
    ['Mar 2nd 2021', '2021-03-02'],
    ['2 March 2021', '2021-03-02'],
    ['2nd March 2021', '2021-03-02'],
    ['2. März 2021', '2021-03-02'],
    ['2 mars 2021', '2021-03-02'],
    ['2 de marzo de 2021', '2021-03-02'],
    ['2 marzo 2021', '2021-03-02'],
    ['13/04/2021', '2021-04-13'],
    ['04/13/2021', '2021-04-13'],
    ['05.05.2021', '2021-05-05'],
    ['2024-02-29', '2024-02-29'],
    ['decided on 2021-03-02, reviewed 2022-01-01', '2021-03-02'],
  ])('reads %j as %s', (text, iso) => {
    expect(readDate(text)).toEqual({ kind: 'ok', iso })
  })

  it.each([
    ['03/04/2021', ['2021-04-03', '2021-03-04']],
    ['1.2.2021', ['2021-02-01', '2021-01-02']],
  ])('never guesses the ambiguous %j', (text, options) => {
    expect(readDate(text)).toEqual({ kind: 'ambiguous', options })
  })

  it.each([
    '2021-02-30',
    '2023-02-29',
    '2021-13-01',
    '31/31/2021',
    'Smarch 2, 2021',
    'soon',
    '2021',
    'March 2021',
    '21-03-02',
    '',
  ])('rejects %j', (text) => {
    expect(readDate(text)).toEqual({ kind: 'invalid' })
  })
})

describe('findDate', () => {
  it('gives the offsets of the date and its time', () => {
    expect(findDate('Accepted (2021-03-02T10:00Z)')).toMatchObject({ start: 10, end: 27 })
    expect(findDate('Accepted on 2 March 2021')).toMatchObject({ start: 12, end: 24 })
  })

  it('skips words that look like a month name but are not', () => {
    expect(findDate('Version 2, 2021 then March 3, 2021')).toMatchObject({
      reading: { kind: 'ok', iso: '2021-03-03' },
    })
  })

  it('returns null when there is no four-digit year', () => {
    expect(findDate('Accepted')).toBeNull()
  })
})
