import { describe, expect, it } from 'vitest'
import { GitHubError, statusOf, toGitHubError } from '../../src/github/errors.js'

describe('toGitHubError', () => {
  it('names the operation, the target, the status and a hint on one line', () => {
    const raw = Object.assign(
      new Error('Not Found - https://docs.github.com/rest/pulls/pulls#get-a-pull-request'),
      {
        status: 404,
      },
    )
    const error = toGitHubError(raw, 'read pull request', 'acme/api#12')
    expect(error).toBeInstanceOf(GitHubError)
    expect(error.status).toBe(404)
    expect(error.message).toBe(
      'Could not read pull request acme/api#12: 404 Not Found. It does not exist, or the token cannot see it.',
    )
    expect(error.cause).toBe(raw)
  })

  it('keeps only the first line of a multi-line message and has no status for network errors', () => {
    const error = toGitHubError(
      new Error('connect ECONNREFUSED 127.0.0.1:1\n    at stack'),
      'read',
      'acme/api:x.yml',
    )
    expect(error.status).toBeNull()
    expect(error.message).toBe('Could not read acme/api:x.yml: connect ECONNREFUSED 127.0.0.1:1.')
  })

  it('returns an existing GitHubError unchanged', () => {
    const original = new GitHubError('Could not x', 500)
    expect(toGitHubError(original, 'y', 'z')).toBe(original)
  })
})

describe('statusOf', () => {
  it.each([
    [{ status: 403 }, 403],
    [{ status: '403' }, null],
    [new Error('x'), null],
    [null, null],
    ['text', null],
  ])('reads %j as %j', (value, expected) => {
    expect(statusOf(value)).toBe(expected)
  })
})
