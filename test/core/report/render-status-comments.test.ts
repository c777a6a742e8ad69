import { describe, expect, it } from 'vitest'
import { findExemption } from '../../../src/core/pull-request/find-exemption.js'
import { hasMarker, MARKERS } from '../../../src/core/report/markers.js'
import { renderAllClearComment } from '../../../src/core/report/render-all-clear-comment.js'
import { renderSkippedComment } from '../../../src/core/report/render-skipped-comment.js'
import { sampleConfig, samplePr } from '../pull-request/sample-config.js'
import { expectGolden } from '../../helpers/expect-golden.js'

describe('renderAllClearComment', () => {
  it('is the marker and one all-clear line', () => {
    const body = renderAllClearComment()
    expect(body.split('\n')).toHaveLength(3)
    expect(hasMarker(body, MARKERS.prCheck)).toBe(true)
    expectGolden('comment-all-clear', body)
  })
})

describe('renderSkippedComment', () => {
  it('states the exemption reason after the marker', () => {
    const reason = findExemption({
      pr: samplePr({ labels: ['no-theme'] }),
      changedFiles: [],
      config: sampleConfig(),
    })
    const body = renderSkippedComment(reason ?? '')
    expect(hasMarker(body, MARKERS.prCheck)).toBe(true)
    expectGolden('comment-skipped', body)
  })

  it('escapes a hostile label or login in the reason', () => {
    const body = renderSkippedComment('Skipped: the pull request has the label "@acme/all <img src=x>".')
    expect(body).toContain('@&#8203;acme/all &lt;img src=x&gt;')
    expect(body).not.toContain('Skipped: Skipped')
  })

  it('still says something for an empty reason', () => {
    expect(renderSkippedComment('  ')).toContain('skipped: the pull request is exempt.')
  })
})

describe('hasMarker', () => {
  it.each([
    [`${MARKERS.prCheck}\nbody`, true],
    [`intro\r\n  ${MARKERS.prCheck}  \r\nbody`, true],
    [`> ${MARKERS.prCheck}\nquoted in a reply`, false],
    [`see ${MARKERS.prCheck} in a sentence`, false],
    [MARKERS.leaderboard, false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('finds the PR marker in %j: %s', (body, expected) => {
    expect(hasMarker(body, MARKERS.prCheck)).toBe(expected)
  })
})
