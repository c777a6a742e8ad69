import { describe, expect, it } from 'vitest'
import { readInputs } from '../../src/action/inputs.js'
import { createFakeCore } from './fake-core.js'

describe('readInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(readInputs(createFakeCore())).toEqual({
      token: 'test-token',
      configPath: '.github/strategy.yml',
      mode: 'warn',
      comment: true,
      commentAuthor: 'github-actions[bot]',
      dryRun: false,
    })
  })

  it('reads every input, booleans through getBooleanInput', () => {
    const core = createFakeCore({
      'config-path': 'config/strategy.yaml',
      mode: 'FAIL',
      comment: 'False',
      'comment-author': 'strategy-bot[bot]',
      'dry-run': 'true',
    })
    expect(readInputs(core)).toMatchObject({
      configPath: 'config/strategy.yaml',
      mode: 'fail',
      comment: false,
      commentAuthor: 'strategy-bot[bot]',
      dryRun: true,
    })
  })

  it.each([
    [
      { mode: 'loud' },
      'Input `mode` is "loud", which is not valid: it must be `warn` (report only) or `fail`',
    ],
    [{ 'config-path': '/etc/strategy.yml' }, 'Input `config-path` is "/etc/strategy.yml"'],
    [{ 'comment-author': 'me; rm -rf' }, 'Input `comment-author` is "me; rm -rf"'],
    [{ token: '' }, 'Input required and not supplied: token'],
  ])('rejects %j with a message naming the input', (inputs, message) => {
    expect(() => readInputs(createFakeCore(inputs))).toThrow(message)
  })

  it('rejects a boolean input that is not a YAML boolean', () => {
    expect(() => readInputs(createFakeCore({ comment: 'yes please' }))).toThrow('comment')
  })
})
