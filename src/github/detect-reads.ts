/**
 * Reads for migrations detected from the code (issue 15), kept apart from the ADR/issue reads they
 * join: the files every detector needs are asked inside the batched repository query (`d<k>` aliases,
 * blob texts and one folder's entries by `HEAD:<path>` expression — lists, not connections, so free in
 * points), each repository's verdicts are worked out by the core, and only repositories whose job just
 * stopped matching cost one more (batched) query: `history(first: 1, path:)` of the default branch's
 * head for each file the verdict rested on, whose newest commit is the job's done date.
 */
import type { DetectorConfig } from '../core/config/config.schema.js'
import { detectionStep, type DetectedJob } from '../core/detect/detected-job.js'
import { detectorReads, type DetectRead } from '../core/detect/detector-paths.js'
import { matchDetector, type FoundFile } from '../core/detect/match-detector.js'
import type { Logger } from '../core/logger.js'
import { runAliasedQuery, type GraphqlClient } from './graphql-batch.js'
import type { BuiltQuery } from './graphql-queries.js'
import type { InstallationState } from './snapshot-cache.js'

/** A migration's detector, by the migration's id. */
export interface DetectSpec {
  migration: string
  detector: DetectorConfig
}

/** What the refresh detects, and the day it runs (jobs found today start today). */
export interface DetectParams {
  specs: DetectSpec[]
  today: string
}

/** A repository's detection while it is read: the reads asked, the files found, the jobs worked out. */
export interface DetectWork {
  reads: DetectRead[]
  files: FoundFile[]
  jobs: DetectedJob[] | null
}

const BLOB_TEXT = '... on Blob { text isBinary byteSize isTruncated }'
const SELECTION = `{ ${BLOB_TEXT} ... on Tree { entries { name type object { ${BLOB_TEXT} } } } }`

/** The reads of all detectors, each once, in a stable order. */
export function detectReads(specs: readonly DetectSpec[]): DetectRead[] {
  const reads = new Map<string, DetectRead>()
  for (const spec of specs)
    for (const read of detectorReads(spec.detector)) reads.set(`${read.kind}:${read.path}`, read)
  return [...reads.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/**
 * The fields repository `i` of a batch query adds for its detector reads. Every repository reads the
 * same paths, so each expression is one variable of the query (`$d<k>`), declared once, not one per
 * repository: a 100-repository query stays as short as it was. `variables` is the query's own map.
 */
export function detectQueryParts(
  i: number,
  reads: readonly DetectRead[],
  variables: Record<string, unknown>,
): { declarations: string[]; parts: string[] } {
  const declarations: string[] = []
  const parts = reads.map((read, k) => {
    const expression = `HEAD:${read.path}` // as graphql-queries.ts headExpression (no import cycle)
    let name = `d${k}`
    if (name in variables && variables[name] !== expression) name = `d${i}_${k}`
    if (!(name in variables)) {
      declarations.push(`$${name}: String!`)
      variables[name] = expression
    }
    return `d${k}: object(expression: $${name}) ${SELECTION}`
  })
  return { declarations, parts }
}

type RawBlob = { text?: string | null; isBinary?: boolean | null; isTruncated?: boolean | null }
type RawObject =
  (RawBlob & { entries?: { name: string; type: string; object: RawBlob | null }[] | null }) | null

/** The files the `d<k>` aliases of a repository node found (absent paths are simply missing). */
export function applyDetectNode(node: Record<string, unknown>, work: DetectWork): void {
  work.reads.forEach((read, k) => {
    const object = node[`d${k}`] as RawObject | undefined
    if (!object) return
    if (read.kind === 'blob' && 'text' in object) work.files.push({ path: read.path, text: textOf(object) })
    if (read.kind === 'tree' && Array.isArray(object.entries))
      for (const entry of object.entries) {
        if (entry.type !== 'blob') continue
        const path = read.path === '' ? entry.name : `${read.path}/${entry.name}`
        work.files.push({ path, text: entry.object ? textOf(entry.object) : null })
      }
  })
}

/** Binary blobs have no text; a truncated one keeps what GitHub sent (a regex may still find its line). */
function textOf(blob: RawBlob): string | null {
  return blob.isBinary || typeof blob.text !== 'string' ? null : blob.text
}

/** A repository whose detections are settled: its name, its detection, and its previous jobs. */
export interface SettleItem {
  owner: string
  name: string
  work: DetectWork
}

/**
 * Works out each repository's jobs from its files and its previous jobs (from the state), and dates
 * the jobs that just stopped matching by the last commit to their files, in batched history queries.
 * Repositories whose read failed are left alone (their previous slice stays).
 */
export async function settleDetections(p: {
  client: GraphqlClient
  logger: Logger
  state: InstallationState
  detect: DetectParams
  items: SettleItem[]
}): Promise<void> {
  const toDate: { item: SettleItem; job: DetectedJob; paths: string[] }[] = []
  for (const item of p.items) {
    const previous = p.state.slices.get(item.name)?.snapshot.detected ?? []
    const jobs: DetectedJob[] = []
    for (const spec of p.detect.specs) {
      const verdict = matchDetector(spec.detector, item.work.files)
      const before = previous.find((job) => job.migration === spec.migration)
      const step = detectionStep(before, verdict, spec.migration, p.detect.today)
      if (!step.job) continue
      jobs.push(step.job)
      if (step.dateFrom && step.dateFrom.length > 0)
        toDate.push({ item, job: step.job, paths: step.dateFrom })
    }
    item.work.jobs = jobs
  }
  if (toDate.length === 0) return
  const results = await runAliasedQuery({
    client: p.client,
    logger: p.logger,
    items: toDate,
    prefix: 'h',
    build: (items) =>
      buildHistoryQuery(items.map(({ item, paths }) => ({ owner: item.owner, name: item.name, paths }))),
  })
  results.forEach((result, i) => {
    const entry = toDate[i]
    if (!entry || !result.ok) return
    const date = lastCommitDate(result.data as RawHistoryRepo | null)
    if (date !== null && date <= p.detect.today) entry.job.doneOn = date
  })
}

/** One query: per repository, the newest commit touching each path on the default branch. */
export function buildHistoryQuery(items: { owner: string; name: string; paths: string[] }[]): BuiltQuery {
  const declarations: string[] = []
  const variables: Record<string, unknown> = {}
  const fields = items.map((item, i) => {
    declarations.push(`$o${i}: String!`, `$n${i}: String!`)
    Object.assign(variables, { [`o${i}`]: item.owner, [`n${i}`]: item.name })
    const histories = item.paths.map((path, k) => {
      declarations.push(`$p${i}_${k}: String!`)
      variables[`p${i}_${k}`] = path
      return `p${k}: history(first: 1, path: $p${i}_${k}) { nodes { committedDate } }`
    })
    return `h${i}: repository(owner: $o${i}, name: $n${i}) { defaultBranchRef { target { ... on Commit { ${histories.join(' ')} } } } }`
  })
  const head = declarations.length > 0 ? `(${declarations.join(', ')})` : ''
  return { query: [`query DoneDates${head} {`, ...fields.map((f) => `  ${f}`), '}'].join('\n'), variables }
}

type RawHistoryRepo = {
  defaultBranchRef?: {
    target?: Record<string, { nodes?: ({ committedDate?: string } | null)[] } | null> | null
  } | null
}

/** The newest `committedDate` over a repository's `p<k>` histories, as `YYYY-MM-DD`; null when none. */
function lastCommitDate(repo: RawHistoryRepo | null): string | null {
  let newest: string | null = null
  for (const history of Object.values(repo?.defaultBranchRef?.target ?? {})) {
    const date = history?.nodes?.[0]?.committedDate
    if (typeof date === 'string' && (newest === null || date > newest)) newest = date
  }
  return newest === null ? null : newest.slice(0, 10)
}

/** The detectors of a config's migrations. */
export function detectSpecs(
  migrations: readonly { id: string; detect?: DetectorConfig | undefined }[],
): DetectSpec[] {
  return migrations.flatMap((m) => (m.detect ? [{ migration: m.id, detector: m.detect }] : []))
}
