/** Ownership recorded where GitHub keeps it, planted on the demo organisation through GitHub's write routes. */
import { octokitFor } from '../../sim/test/helpers.js'
import type { Simulator } from '../../sim/index.js'

export const OWNERSHIP = `
ownership:
  sources: [property, codeowners, backstage, config]
  property: team
`

/** The demo organisation with ownership recorded in all three places GitHub keeps it. */
export async function plantOwnership(s: Simulator): Promise<void> {
  const octokit = octokitFor(s, s.issueToken({ login: 'dana-li' }))
  const put = async (repo: string, path: string, text: string) => {
    const sha = await octokit.rest.repos
      .getContent({ owner: 'acme', repo, path })
      .then(({ data }) => ('sha' in data ? data.sha : undefined))
      .catch(() => undefined)
    await octokit.rest.repos.createOrUpdateFileContents({
      owner: 'acme',
      repo,
      path,
      message: `Add ${path}`,
      content: Buffer.from(text).toString('base64'),
      ...(sha ? { sha } : {}),
    })
  }
  const config = s.state.files.read('acme/.github', '.github/strategy.yml') ?? ''
  await put('.github', '.github/strategy.yml', `${config}${OWNERSHIP}`)
  await octokit.request('PATCH /orgs/{org}/properties/values', {
    org: 'acme',
    repository_names: ['data-pipeline'],
    properties: [{ property_name: 'team', value: 'Platform' }],
  })
  await put('web-storefront', '.github/CODEOWNERS', '* @acme/platform\n* @ana @acme/checkout\n')
  await put(
    'growth-experiments',
    'catalog-info.yaml',
    'kind: Component\nspec:\n  owner: group:default/payments\n',
  )
}
