import type { StrategyConfig } from '../core/config/config.schema.js'
import type { GoverningReport } from '../core/decisions/governing-decisions.js'
import type { Finding } from '../core/findings.js'
import { validatePullRequest } from '../core/pull-request/validate-pull-request.js'
import type { PullRequestInfo } from '../core/types.js'
import { checkChangeContent } from '../jobs/check-change.js'
import { createFsFileSource } from './fs-file-source.js'
import { changedSince, currentBranch, gitRefSource } from './git-changes.js'

export interface ChangeCheck {
  findings: Finding[]
  governing: GoverningReport
  adrsChecked: number
  changedFiles: number
}

/**
 * `check --changed-from <ref>`: what changed between `ref` and the working tree, checked the way the
 * Action checks a pull request — the theme (`--theme`, else the branch `theme/<id>/…`), the changed
 * ADRs, the decisions governing the changed files and the technology guidelines (manifests at `ref`
 * against the working tree). For a pre-push hook.
 */
export async function checkChanges(p: {
  root: string
  ref: string
  theme: string | undefined
  config: StrategyConfig
  today: string
}): Promise<ChangeCheck> {
  const { root, config } = p
  const files = await changedSince(root, p.ref)
  const head = createFsFileSource(root)
  const base = gitRefSource(root, p.ref)
  const branch = await currentBranch(root)
  const pr: PullRequestInfo = {
    owner: '',
    repo: '',
    number: 0,
    title: '',
    body: p.theme === undefined ? '' : `Theme: ${p.theme}\n`,
    labels: [],
    draft: false,
    author: { login: 'local', type: 'User' },
    headRef: branch,
    headSha: '',
    baseRef: p.ref,
    baseSha: '',
    headRepo: { owner: '', repo: '' },
    fork: false,
    url: '',
  }
  const themeCheck = config.themes.length > 0 ? validatePullRequest({ pr, config }).findings : []
  const content = await checkChangeContent({ base, head, files, config, today: p.today })
  return {
    findings: [...themeCheck, ...content.findings],
    governing: content.governing,
    adrsChecked: content.adrsChecked,
    changedFiles: files.length,
  }
}
