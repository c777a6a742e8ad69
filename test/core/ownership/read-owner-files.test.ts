import { describe, expect, it } from 'vitest'
import { findCatalogOwner, normaliseOwner } from '../../../src/core/ownership/read-catalog-owner.js'
import { findCodeownersTeam, MAX_CODEOWNERS_CHARS } from '../../../src/core/ownership/read-codeowners.js'

describe('findCodeownersTeam', () => {
  it.each([
    ['a single default rule', '* @acme/payments\n', 'payments'],
    [
      'the last default rule (later rules win)',
      '* @acme/platform\n*.md @acme/docs\n* @acme/payments\n',
      'payments',
    ],
    [
      'the first team of the rule, after users and e-mails',
      '* @ana bob@example.com @acme/Search @acme/x\n',
      'search',
    ],
    ['`**` and `/**` as default patterns', '/** @acme/a\n', 'a'],
    ['comments and blank lines', '# owners\n\n* @acme/core # the core team\n', 'core'],
    ['CRLF line ends', '* @acme/win\r\n', 'win'],
  ])('reads %s', (_, text, slug) => {
    expect(findCodeownersTeam(text)?.slug).toBe(slug)
  })

  it.each([
    ['no file', null],
    ['rules for paths only', '/docs/ @acme/docs\n*.js @acme/web\n'],
    ['a default rule with users only', '* @ana @bob\n'],
    ['a last default rule without owners', '* @acme/platform\n*\n'],
    ['a commented-out default rule', '# * @acme/platform\n'],
    ['a file over GitHub\u2019s 3 MB limit', `* @acme/a\n${'#'.repeat(MAX_CODEOWNERS_CHARS)}`],
  ])('finds no team with %s', (_, text) => {
    expect(findCodeownersTeam(text)).toBeNull()
  })

  it('keeps the org of the handle', () => {
    expect(findCodeownersTeam('* @acme-corp/Payments')).toEqual({ org: 'acme-corp', slug: 'payments' })
  })
})

describe('findCatalogOwner', () => {
  const component = (owner: string) =>
    `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: api\nspec:\n  owner: ${owner}\n`

  it.each([
    ['group:default/payments', 'payments'],
    ['group:payments', 'payments'],
    ['payments', 'payments'],
    ['Group:Default/Payments', 'payments'],
    ['default/payments', 'payments'],
  ])('normalises spec.owner %s', (owner, group) => {
    expect(findCatalogOwner(component(owner))).toBe(group)
  })

  it('prefers the Component among several documents', () => {
    const text = `kind: System\nspec:\n  owner: group:platform\n---\n${component('group:search')}---\nkind: API\nspec:\n  owner: x\n`
    expect(findCatalogOwner(text)).toBe('search')
  })

  it('takes the first owner when no document is a Component', () => {
    expect(findCatalogOwner('kind: System\nspec:\n  owner: infra\n---\nkind: API\nspec:\n  owner: x\n')).toBe(
      'infra',
    )
  })

  it.each([
    ['no file', null],
    ['a user as owner', component('user:default/ana')],
    ['no spec', 'kind: Component\nmetadata:\n  name: x\n'],
    ['an owner that is not text', component('[a, b]')],
    ['invalid YAML', 'kind: [Component\nspec: {owner: a'],
    [
      'an alias bomb',
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nspec:\n  owner: *c\n`,
    ],
    ['a huge file', `spec:\n  owner: a\n${'#'.repeat(300 * 1024)}`],
  ])('finds no owner with %s', (_, text) => {
    expect(findCatalogOwner(text)).toBeNull()
  })

  it('names no group for other entity kinds', () => {
    expect(normaliseOwner('user:ana')).toBeNull()
    expect(normaliseOwner('group:default/')).toBeNull()
  })
})
