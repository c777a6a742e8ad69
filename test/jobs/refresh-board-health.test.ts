import { describe, expect, it } from 'vitest'
import type { OrgSnapshot, RepoSnapshot } from '../../src/core/types.js'
import { boardHealth, healthNote, readHealthNote, reasonToKeepBoard } from '../../src/jobs/board-health.js'

const repo = (name: string): RepoSnapshot => ({
  repo: `acme/${name}`,
  url: `https://github.com/acme/${name}`,
  defaultBranch: 'main',
  adrs: [],
  issues: [],
  mergedPulls: [],
})

describe('boardHealth', () => {
  it('counts a repository kept from an earlier refresh but failing now as failed, not read', () => {
    const snapshot: OrgSnapshot = {
      org: 'acme',
      repos: [repo('api'), repo('web')],
      skipped: [],
      failed: [
        { repo: 'acme/web', reason: '502; showing data from an earlier refresh' },
        { repo: 'acme/gone', reason: 'not found' },
      ],
    }
    expect(boardHealth(snapshot)).toEqual({ read: 1, failed: 2, missing: 1 })
  })
})

describe('reasonToKeepBoard', () => {
  const current = (read: number, failed: number) => `board\n${healthNote({ read, failed })}\n`

  it('round-trips the hidden note', () => {
    expect(readHealthNote(current(40, 2))).toEqual({ read: 40, failed: 2 })
    expect(readHealthNote('a board without a note')).toBeNull()
  })

  it('writes a board built from most repositories', () => {
    expect(reasonToKeepBoard(current(40, 0), { read: 30, failed: 10 })).toBeNull()
  })

  it('keeps a better board when most repositories could not be read', () => {
    expect(reasonToKeepBoard(current(40, 0), { read: 5, failed: 35 })).toMatch(
      /35 of 40 repositories could not be read this time \(the board on the issue was built from 40\)/,
    )
    expect(reasonToKeepBoard('an old body', { read: 0, failed: 3 })).toMatch(/3 of 3 repositories/)
  })

  it('keeps a board that shows more repositories than one lacking unread repositories', () => {
    expect(reasonToKeepBoard(current(40, 0), { read: 36, failed: 4, missing: 4 })).toMatch(
      /4 of 40 repositories could not be read and there is no earlier data for them/,
    )
    // Unread repositories that the board on the issue lacked as well: nothing is lost by writing.
    expect(reasonToKeepBoard(current(39, 1), { read: 39, failed: 1, missing: 1 })).toBeNull()
    // Unread repositories shown with their earlier data: nothing is lost either.
    expect(reasonToKeepBoard(current(40, 0), { read: 36, failed: 4, missing: 0 })).toBeNull()
  })

  it('writes when the board on the issue was no better', () => {
    expect(reasonToKeepBoard(current(4, 36), { read: 5, failed: 35 })).toBeNull()
  })
})
