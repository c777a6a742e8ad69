import { describe, expect, it } from 'vitest'
import { strategyConfigSchema } from '../../src/core/config/config.schema.js'
import { resolveTheme } from '../../src/core/themes/resolve-theme.js'

const { themes } = strategyConfigSchema.parse({
  themes: [
    { id: 'global-scale', name: 'Global Scale & Performance', aliases: ['scale'] },
    { id: 'enterprise-ready', name: 'Enterprise-Ready Platform', status: 'retired' },
  ],
})

describe('resolveTheme', () => {
  it.each(['global-scale', 'GLOBAL-SCALE', 'Global Scale & Performance', 'scale', ' Scale '])(
    'resolves %j',
    (ref) => {
      expect(resolveTheme(ref, themes)).toMatchObject({ kind: 'found', theme: { id: 'global-scale' } })
    },
  )

  it('suggests the nearest theme for a misspelling', () => {
    expect(resolveTheme('globle-scale', themes)).toMatchObject({
      kind: 'unknown',
      suggestion: { id: 'global-scale' },
    })
  })

  it('suggests nothing for an unrelated word', () => {
    expect(resolveTheme('bananas', themes)).toMatchObject({ kind: 'unknown', suggestion: null })
  })
})
