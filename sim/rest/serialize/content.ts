import type { RepoRecord } from '../../state/records.js'
import type { Urls } from './urls.js'

/** Base64 wrapped at 60 characters per line, as GitHub sends file and blob content. */
export function wrappedBase64(content: Buffer): string {
  return (content.toString('base64').match(/.{1,60}/g) ?? []).map((line) => `${line}\n`).join('')
}

const encodePath = (path: string): string => path.split('/').map(encodeURIComponent).join('/')

/** The links every contents entry carries. */
export function contentLinks(
  repo: RepoRecord,
  path: string,
  sha: string,
  type: 'file' | 'dir',
  ref: string,
  urls: Urls,
) {
  const repoPath = `${repo.owner.login}/${repo.name}`
  const self = `${urls.api}/repos/${repoPath}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`
  const git = `${urls.api}/repos/${repoPath}/git/${type === 'dir' ? 'trees' : 'blobs'}/${sha}`
  const html = `${urls.html}/${repoPath}/${type === 'dir' ? 'tree' : 'blob'}/${ref}/${encodePath(path)}`
  const download =
    type === 'file' ? `https://raw.githubusercontent.com/${repoPath}/${ref}/${encodePath(path)}` : null
  return { url: self, html_url: html, git_url: git, download_url: download, _links: { self, git, html } }
}
