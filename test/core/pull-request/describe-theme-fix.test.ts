import { describe, expect, it } from 'vitest'
import { strategyConfigSchema } from '../../../src/core/config/config.schema.js'
import { describeThemeFix } from '../../../src/core/pull-request/describe-theme-fix.js'
import { sampleConfig } from './sample-config.js'

describe('describeThemeFix', () => {
  it.each([
    [['body', 'label'], 'Theme: global-scale', 'add the line "Theme: global-scale" to the description'],
    [['label', 'title'], 'theme:global-scale', 'add the label "theme:global-scale"'],
    [['title'], '[global-scale]', 'start the title with "[global-scale]"'],
    [['branch'], 'theme/global-scale/', 'push from a branch named "theme/global-scale/…"'],
  ] as const)('with sources %j suggests %j', (sources, example, instruction) => {
    expect(describeThemeFix(sampleConfig({ sources: [...sources] }))).toMatchObject({ example, instruction })
  })

  it('lists active themes, every accepted source and the first exempt label', () => {
    expect(describeThemeFix(sampleConfig())).toEqual({
      example: 'Theme: global-scale',
      exampleId: 'global-scale',
      instruction: 'add the line "Theme: global-scale" to the description',
      validThemes: ['global-scale', 'enterprise-ready', 'developer-velocity', 'data-driven'],
      accepted:
        'a "theme:<id>" label, a "[<id>]" tag in the title, a "Theme: <id>" line in the description or a branch named "theme/<id>/…"',
      skipLabel: 'no-theme',
    })
  })

  it('still gives an example when no theme is configured at all', () => {
    const config = { ...sampleConfig(), themes: [] }
    expect(describeThemeFix(config)).toMatchObject({ example: 'Theme: <theme-id>', validThemes: [] })
  })

  it('falls back to every theme when all are retired, and to no skip label', () => {
    const config = strategyConfigSchema.parse({
      themes: [{ id: 'old', name: 'Old', status: 'retired' }],
      pull_requests: { sources: ['body'], exempt: { labels: [] } },
    })
    expect(describeThemeFix(config)).toMatchObject({
      example: 'Theme: old',
      validThemes: ['old'],
      accepted: 'a "Theme: <id>" line in the description',
      skipLabel: null,
    })
  })
})
