import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import type { Dependency } from './dependency.js'

function get(node: unknown, key: string): unknown {
  return isMap(node) ? node.get(key, true) : undefined
}

function items(node: unknown): unknown[] {
  return isSeq(node) ? node.items : isMap(node) ? node.items.map((pair) => pair.value) : []
}

/**
 * `owner/repo[/path]@ref` → `owner/repo` at `ref`; `docker://image:tag` → a Docker image. Local
 * (`./…`) and unpinned references are not dependencies.
 */
function fromUses(uses: string, line: number): Dependency | null {
  if (uses.startsWith('docker://')) {
    const reference = uses.slice('docker://'.length)
    const slash = reference.lastIndexOf('/')
    const colon = reference.lastIndexOf(':')
    if (colon <= slash) return { ecosystem: 'docker', name: reference, version: null, line }
    return { ecosystem: 'docker', name: reference.slice(0, colon), version: reference.slice(colon + 1), line }
  }
  const match = /^([^./][^/@\s]*\/[^/@\s]+)(?:\/[^@\s]*)?@(\S+)$/.exec(uses)
  if (match === null) return null
  return { ecosystem: 'actions', name: match[1] ?? '', version: match[2] ?? null, line }
}

/**
 * Reads a GitHub Actions workflow (`.github/workflows/*.yml`) or a composite action (`action.yml`)
 * with the `yaml` package: `uses:` of every step and of reusable-workflow jobs. Broken YAML gives [].
 */
export function readWorkflow(text: string): Dependency[] {
  const lineCounter = new LineCounter()
  let doc
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false })
  } catch {
    return []
  }
  if (doc.errors.length > 0) return []
  const root = doc.contents
  const jobs = items(get(root, 'jobs'))
  const owners = [...jobs, get(root, 'runs')]
  const uses = [
    ...jobs.map((job) => get(job, 'uses')),
    ...owners.flatMap((owner) => items(get(owner, 'steps')).map((step) => get(step, 'uses'))),
  ]
  return uses
    .flatMap((node) => {
      if (!isScalar(node) || typeof node.value !== 'string') return []
      const line = lineCounter.linePos((node as Node).range?.[0] ?? 0).line
      const dependency = fromUses(node.value.trim(), line)
      return dependency === null ? [] : [dependency]
    })
    .sort((a, b) => a.line - b.line)
}
