import { createHash } from 'node:crypto'
import { nodeId } from './ids.js'
import type { LabelRecord, RepoRecord } from './records.js'
import type { StateCore } from './state-core.js'

export interface CreateLabelInput {
  repo: string | RepoRecord
  name: string
  /** Six hex digits without `#`; derived from the name when omitted. */
  color?: string
  description?: string | null
}

/** Repository labels. Names are unique per repository, compared case-insensitively. */
export class LabelsApi {
  constructor(private readonly core: StateCore) {}

  create(input: CreateLabelInput): LabelRecord {
    const repo = this.core.repo(input.repo)
    if (repo.labels.has(input.name.toLowerCase())) {
      throw new Error(`[sim] Label "${input.name}" already exists in ${repo.owner.login}/${repo.name}.`)
    }
    const id = this.core.ids.take('label')
    const label: LabelRecord = {
      id,
      nodeId: nodeId('Label', id),
      name: input.name,
      color: input.color ?? colorFor(input.name),
      description: input.description ?? null,
      default: false,
    }
    repo.labels.set(input.name.toLowerCase(), label)
    return label
  }

  get(repo: string | RepoRecord, name: string): LabelRecord | undefined {
    return this.core.repo(repo).labels.get(name.toLowerCase())
  }

  /** The label, created first when missing (as GitHub does when an issue is labelled with a new name). */
  ensure(repo: string | RepoRecord, name: string): LabelRecord {
    return this.get(repo, name) ?? this.create({ repo, name })
  }

  list(repo: string | RepoRecord): LabelRecord[] {
    return [...this.core.repo(repo).labels.values()]
  }
}

function colorFor(name: string): string {
  return createHash('md5').update(name).digest('hex').slice(0, 6)
}
