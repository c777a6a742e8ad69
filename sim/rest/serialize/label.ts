import type { LabelRecord, RepoRecord } from '../../state/records.js'
import type { Urls } from './urls.js'

export function serializeLabel(label: LabelRecord, repo: RepoRecord, urls: Urls) {
  return {
    id: label.id,
    node_id: label.nodeId,
    url: `${urls.api}/repos/${repo.owner.login}/${repo.name}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    color: label.color,
    default: label.default,
    description: label.description,
  }
}
