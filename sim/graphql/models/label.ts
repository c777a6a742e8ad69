import type { LabelRecord, RepoRecord } from '../../state/records.js'
import type { GqlContext } from '../gql-context.js'
import { issueConnection, pullRequestConnection, type IssueArgs, type PullArgs } from './issue-connections.js'
import { repositoryModel } from './repository.js'

export function labelModel(repo: RepoRecord, label: LabelRecord, ctx: GqlContext) {
  const has = (labels: string[]): boolean => labels.some((l) => l.toLowerCase() === label.name.toLowerCase())
  return {
    __typename: 'Label',
    id: label.nodeId,
    name: label.name,
    color: label.color,
    description: label.description,
    isDefault: label.default,
    url: `${ctx.rt.urls.html}/${repo.owner.login}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    repository: () => repositoryModel(repo, ctx),
    issues: (args: IssueArgs) =>
      issueConnection(
        [...repo.issues.values()].filter((i) => !i.pull && has(i.labels)),
        args,
        ctx,
      ),
    pullRequests: (args: PullArgs) =>
      pullRequestConnection(
        [...repo.issues.values()].filter((i) => i.pull && has(i.labels)),
        args,
        ctx,
      ),
  }
}
