import { describe, expect, it } from 'vitest'
import { adrStaticRoots } from '../../../src/core/adr/adr-static-roots.js'
import { isAdrPath } from '../../../src/core/adr/is-adr-path.js'
import { adrsSchema } from '../../../src/core/config/config.schema.js'

const defaults = adrsSchema.parse({})

describe('isAdrPath', () => {
  it.each([
    ['docs/adr/0007-sso.md', true],
    ['docs/adr/nested/0008-x.md', true],
    ['./docs/adr/0007-sso.md', true],
    ['doc/adr/0001-record.md', true],
    ['docs/decisions/0001-use-madr.md', true],
    ['adr/0001.md', true],
    ['docs/adr/README.md', false],
    ['docs/adr/index.md', false],
    ['docs/adr/template.md', false],
    ['docs/adr/adr-template.md', false],
    ['docs/adr/_draft.md', false],
    ['docs/adr/0007-sso.txt', false],
    ['docs/ADR/0007-sso.md', false],
    ['src/adr.md', false],
    ['services/api/docs/adr/0001.md', false],
  ])('%s → %s with the default globs', (path, expected) => {
    expect(isAdrPath(path, defaults)).toBe(expected)
  })

  it('uses the configured globs', () => {
    const adrs = {
      ...defaults,
      paths: ['services/*/docs/adr/*.md', 'architecture/**/*.markdown'],
      ignore: ['**/draft-*'],
    }
    expect(isAdrPath('services/api/docs/adr/0001.md', adrs)).toBe(true)
    expect(isAdrPath('architecture/2024/caching.markdown', adrs)).toBe(true)
    expect(isAdrPath('services/api/docs/adr/draft-0002.md', adrs)).toBe(false)
    expect(isAdrPath('docs/adr/0001.md', adrs)).toBe(false)
  })
})

describe('adrStaticRoots', () => {
  it('gives the literal folders of the default globs', () => {
    expect(adrStaticRoots(defaults)).toEqual(['docs/adr', 'doc/adr', 'docs/decisions', 'adr'])
  })

  it.each([
    [['{docs,doc}/adr/**/*.md'], ['docs/adr', 'doc/adr']],
    [['docs/adr/**/*.md', 'docs/adr/old/*.md'], ['docs/adr']],
    [['docs/**/*.md', 'docs/adr/*.md'], ['docs']],
    [['**/adr/*.md'], ['']],
    [['architecture/decisions/0001-first.md'], ['architecture/decisions']],
    [['./docs/adr/*.md', '!docs/adr/skip.md'], ['docs/adr']],
    [['services/*/docs/adr/*.md'], ['services']],
  ])('%j → %j', (paths, roots) => {
    expect(adrStaticRoots({ paths })).toEqual(roots)
  })
})
