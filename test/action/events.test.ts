import { describe, expect, it } from 'vitest'
import { PULL_REQUEST_ACTIONS, resolveEvent } from '../../src/action/events.js'

const repository = { name: 'api', owner: { login: 'acme' } }

describe('resolveEvent', () => {
  it.each(
    PULL_REQUEST_ACTIONS.flatMap((action) => [
      ['pull_request', action],
      ['pull_request_target', action],
    ]),
  )('checks %s.%s', (name, action) => {
    const event = resolveEvent({
      name,
      payload: { action, number: 7, pull_request: { number: 7 }, repository },
      repository: 'x/y',
      sha: '',
    })
    expect(event).toEqual({
      kind: 'pull-request',
      event: `${name}.${action}`,
      ref: { owner: 'acme', repo: 'api', number: 7 },
    })
  })

  it('skips pull request activity that cannot change the result, with a reason', () => {
    const event = resolveEvent({
      name: 'pull_request',
      payload: { action: 'closed', number: 7, repository },
      repository: 'acme/api',
      sha: '',
    })
    expect(event).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('pull_request.closed') })
  })

  it('audits the pushed commit on push and GITHUB_SHA on workflow_dispatch', () => {
    const after = 'a'.repeat(40)
    expect(
      resolveEvent({
        name: 'push',
        payload: { after, repository },
        repository: 'acme/api',
        sha: 'b'.repeat(40),
      }),
    ).toEqual({
      kind: 'audit',
      event: 'push',
      repo: { owner: 'acme', repo: 'api' },
      sha: after,
    })
    expect(
      resolveEvent({
        name: 'workflow_dispatch',
        payload: { repository },
        repository: 'acme/api',
        sha: 'c'.repeat(40),
      }),
    ).toMatchObject({
      kind: 'audit',
      sha: 'c'.repeat(40),
    })
  })

  it('skips a push that deleted the branch', () => {
    const event = resolveEvent({
      name: 'push',
      payload: { after: '0'.repeat(40), deleted: true, repository },
      repository: 'acme/api',
      sha: '',
    })
    expect(event.kind).toBe('ignored')
  })

  it('passes merge_group and skips other events with the list of supported ones', () => {
    expect(resolveEvent({ name: 'merge_group', payload: {}, repository: 'acme/api', sha: '' }).kind).toBe(
      'merge-group',
    )
    const other = resolveEvent({
      name: 'issues',
      payload: { action: 'opened' },
      repository: 'acme/api',
      sha: '',
    })
    expect(other).toMatchObject({ kind: 'ignored', reason: expect.stringContaining('pull_request_target') })
  })

  it('falls back to GITHUB_REPOSITORY and skips a payload without a pull request number', () => {
    expect(
      resolveEvent({
        name: 'pull_request',
        payload: { action: 'opened', number: 3 },
        repository: 'acme/web',
        sha: '',
      }),
    ).toMatchObject({
      ref: { owner: 'acme', repo: 'web', number: 3 },
    })
    expect(
      resolveEvent({ name: 'pull_request', payload: { action: 'opened' }, repository: 'acme/web', sha: '' })
        .kind,
    ).toBe('ignored')
    expect(resolveEvent({ name: 'pull_request', payload: null, repository: '', sha: '' }).kind).toBe(
      'ignored',
    )
  })
})
