/**
 * Turns a finished read of one repository into its snapshot slice: ADR files are filtered by the
 * configured globs and parsed by the core; unchanged folders reuse the ADRs parsed last time.
 */
import { isAdrPath } from '../core/adr/is-adr-path.js'
import { parseAdr } from '../core/adr/parse-adr.js'
import type { Adr } from '../core/types.js'
import { adrsKey, type CachedFolder, type InstallationState } from './snapshot-cache.js'
import type { SliceWork } from './slice-work.js'

export interface CommitSliceParams {
  work: SliceWork
  state: InstallationState
  /** A problem with the repository's own config (its slice is still read, with the org's ADR settings). */
  problem: string | null
}

/** Stores the slice, or the failure (keeping the previous slice so the board does not lose the repository). */
export function commitSlice({ work, state, problem }: CommitSliceParams): void {
  const { name } = work
  const previous = state.slices.get(name)
  if (work.failure || !work.meta) {
    const reason = work.failure ?? 'no data returned'
    state.failed.set(name, previous ? `${reason}; showing data from an earlier refresh` : reason)
    return
  }
  if (work.meta.archived) {
    state.slices.delete(name)
    state.failed.delete(name)
    state.repos = state.repos?.filter((repo) => repo !== name) ?? null
    state.skipped = [...state.skipped.filter((s) => s.repo !== `${work.owner}/${name}`), archived(work)]
    return
  }
  // Unarchived (or back under its name): no longer skipped.
  const full = `${work.owner}/${name}`
  if (state.skipped.some((s) => s.repo === full)) state.skipped = state.skipped.filter((s) => s.repo !== full)
  const folders = new Map<string, CachedFolder>()
  const adrs: Adr[] = []
  for (const [root, result] of work.results) {
    const reused = result.kind === 'cached' ? previous?.folders.get(root) : undefined
    const parsed = reused ? reused.adrs : result.kind === 'read' ? parseFolder(work, result.files) : []
    if (result.oid !== null) folders.set(root, { oid: result.oid, adrs: parsed })
    adrs.push(...parsed)
  }
  state.slices.set(name, {
    snapshot: {
      repo: `${work.owner}/${name}`,
      url: work.meta.url,
      defaultBranch: work.meta.defaultBranch,
      adrs: uniqueByPath(adrs),
      issues: [...work.issues.values()].sort((a, b) => a.number - b.number),
      mergedPulls: [...work.pulls].sort((a, b) => a.number - b.number),
      ...(work.detect?.jobs ? { detected: work.detect.jobs } : {}),
      ...(work.owners ? { owners: work.owners } : {}),
    },
    adrs: work.adrs,
    adrsKey: adrsKey(work.adrs),
    folders,
  })
  if (problem) state.failed.set(name, problem)
  else state.failed.delete(name)
}

function parseFolder(work: SliceWork, files: { path: string; text: string }[]): Adr[] {
  const options = { statuses: work.adrs.statuses, synonyms: work.adrs.status_synonyms }
  return files
    .filter((file) => isAdrPath(file.path, work.adrs))
    .map((file) => parseAdr(file.path, file.text, options).adr)
}

/** Overlapping folders (`docs` and `docs/adr`) would otherwise count an ADR twice. */
function uniqueByPath(adrs: Adr[]): Adr[] {
  const byPath = new Map(adrs.map((adr) => [adr.path, adr]))
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function archived(work: SliceWork): { repo: string; reason: string } {
  return { repo: `${work.owner}/${work.name}`, reason: 'archived' }
}
