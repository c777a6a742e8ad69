/**
 * Reads repositories' slices of the snapshot into an installation's state: one batched GraphQL query
 * per `batchSize` repositories, then follow-up queries (batched too) only for what did not fit — issue
 * and pull request pages past the first, ADR folders that changed since the last read, sub-folders.
 */
import { adrStaticRoots } from '../core/adr/adr-static-roots.js'
import type { Logger } from '../core/logger.js'
import { BatchSizer } from './batch-sizer.js'
import { detectReads, settleDetections, type DetectParams, type SettleItem } from './detect-reads.js'
import { runAliasedQuery, type GraphqlClient } from './graphql-batch.js'
import { buildFollowUpQuery, buildRepoBatchQuery, type FolderRequest } from './graphql-queries.js'
import { commitSlice } from './commit-slice.js'
import { adrsKey, type AdrsConfig, type InstallationState } from './snapshot-cache.js'
import { queueFolder } from './slice-folders.js'
import { applyFollowUp, applyRepoNode, repoRequest, type ApplyContext, type SliceWork } from './slice-work.js'

/** What a repository's own `.github/strategy.yml` makes of its ADR settings. */
export type RepoAdrsResult = { ok: true; adrs: AdrsConfig } | { ok: false; problem: string }

export interface ReadSlicesParams {
  client: GraphqlClient
  logger: Logger
  state: InstallationState
  names: string[]
  labels: string[]
  /** Merged pull requests from this date on (`YYYY-MM-DD`). */
  since: string
  orgAdrs: AdrsConfig
  /** The repository whose `.github/strategy.yml` is the org config itself, not an override. */
  configRepo: string | null
  resolveRepoAdrs: (name: string, text: string) => Promise<RepoAdrsResult>
  /** Repositories per batch query (see graphql-queries.ts for the cost arithmetic). */
  batchSize?: number
  /** Pages or folders per follow-up query. */
  followUpSize?: number
  /** Migrations detected from the code (detect-reads.ts); none when absent or empty. */
  detect?: DetectParams
  /** Also read CODEOWNERS and catalog-info.yaml (ownership sources). */
  owners?: boolean
}

/**
 * 100 repositories a query: Octokit's throttling (on in Probot) starts at most one GraphQL request a
 * second, so a refresh takes about one second per query; 100 halves the queries of 50 at the same
 * points, with ~75,000 nodes a query (15% of GitHub's 500,000 cap). A query that still times out is
 * split in halves (graphql-batch.ts) and the next queries of the installation ask for fewer
 * repositories until whole answers let the size grow back (batch-sizer.ts);
 * `STRATEGY_TRACE_BATCH_SIZE` lowers the ceiling. See bench/RESULTS.md.
 */
export const DEFAULT_BATCH_SIZE = 100
export const DEFAULT_FOLLOW_UP_SIZE = 40

/** Reads `names` and updates `state.slices` and `state.failed`; one failing repository affects only itself. */
export async function readRepoSlices(p: ReadSlicesParams): Promise<void> {
  const works = p.names.map((name) => planWork(p, name))
  const ctx: ApplyContext = { labels: p.labels, since: p.since, queue: [] }
  const sizer = sizerOf(p.state, p.batchSize ?? DEFAULT_BATCH_SIZE)
  for (let start = 0; start < works.length;) {
    const chunk = works.slice(start, start + sizer.size)
    start += chunk.length
    const results = await runAliasedQuery({
      client: p.client,
      logger: p.logger,
      items: chunk,
      prefix: 'r',
      build: (items) => buildRepoBatchQuery(items.map(repoRequest), p.labels),
      sizer,
    })
    results.forEach((result, i) => {
      const work = chunk[i] as SliceWork
      if (result.ok) applyRepoNode(work, result.data as Record<string, unknown> | null, ctx)
      else work.failure = result.reason
    })
  }
  const problems = await applyRepoConfigs(p, works, ctx)
  await runFollowUps(p, ctx)
  if (p.detect && p.detect.specs.length > 0)
    await settleDetections({ ...detectContext(p, p.detect), items: detectItems(works) })
  for (const work of works) commitSlice({ work, state: p.state, problem: problems.get(work.name) ?? null })
}

/** Batch sizes learnt per installation, kept between refreshes (a slow GitHub stays slow a while). */
const sizers = new WeakMap<InstallationState, BatchSizer>()

function sizerOf(state: InstallationState, max: number): BatchSizer {
  let sizer = sizers.get(state)
  if (!sizer || sizer.max !== max) {
    sizer = new BatchSizer(max)
    sizers.set(state, sizer)
  }
  return sizer
}

function planWork(p: ReadSlicesParams, name: string): SliceWork {
  const cached = p.state.slices.get(name)
  const adrs = cached?.adrs ?? p.orgAdrs
  const warm = cached && cached.adrsKey === adrsKey(adrs) ? cached.folders : new Map()
  const folders: FolderRequest[] = adrStaticRoots(adrs).map((path) => ({
    path,
    mode: warm.has(path) ? 'oid' : path === '' ? 'list' : 'full',
  }))
  return {
    owner: p.state.org,
    name,
    adrs,
    folders,
    cachedOids: new Map([...warm].map(([path, folder]) => [path, folder.oid])),
    results: new Map(),
    issues: new Map(),
    pulls: [],
    meta: null,
    configText: null,
    failure: null,
    ...(p.detect && p.detect.specs.length > 0
      ? { detect: { reads: detectReads(p.detect.specs), files: [], jobs: null } }
      : {}),
    ...(p.owners ? { owners: null } : {}),
  }
}

function detectContext(p: ReadSlicesParams, detect: DetectParams) {
  return { client: p.client, logger: p.logger, state: p.state, detect }
}

/** Repositories read whole, whose detections can be settled. */
function detectItems(works: SliceWork[]): SettleItem[] {
  return works.flatMap((work) =>
    work.detect && !work.failure && work.meta && !work.meta.archived
      ? [{ owner: work.owner, name: work.name, work: work.detect }]
      : [],
  )
}

/**
 * A repository's own config may move its ADRs: when its settings differ from those the batch query
 * used, every folder is read again under the new settings (rare: configs seldom change).
 */
async function applyRepoConfigs(p: ReadSlicesParams, works: SliceWork[], ctx: ApplyContext) {
  const problems = new Map<string, string>()
  for (const work of works) {
    if (work.failure || !work.meta) continue
    let adrs = p.orgAdrs
    if (work.configText !== null && work.name !== p.configRepo) {
      const resolved = await p.resolveRepoAdrs(work.name, work.configText)
      if (resolved.ok) adrs = resolved.adrs
      else problems.set(work.name, resolved.problem)
    }
    if (adrsKey(adrs) === adrsKey(work.adrs)) continue
    work.adrs = adrs
    work.results.clear()
    work.cachedOids.clear()
    ctx.queue = ctx.queue.filter((item) => item.work !== work || item.request.kind !== 'folder')
    for (const root of adrStaticRoots(adrs)) queueFolder(ctx, work, root, root)
  }
  return problems
}

async function runFollowUps(p: ReadSlicesParams, ctx: ApplyContext): Promise<void> {
  const sizer = new BatchSizer(p.followUpSize ?? DEFAULT_FOLLOW_UP_SIZE)
  while (ctx.queue.length > 0) {
    const chunk = ctx.queue.filter((item) => !item.work.failure).slice(0, sizer.size)
    ctx.queue = ctx.queue.filter((item) => !item.work.failure && !chunk.includes(item))
    if (chunk.length === 0) break
    const results = await runAliasedQuery({
      client: p.client,
      logger: p.logger,
      items: chunk,
      prefix: 'x',
      build: (items) => buildFollowUpQuery(items.map((item) => item.request)),
      sizer,
    })
    results.forEach((result, i) => {
      const item = chunk[i]
      if (!item) return
      if (result.ok) applyFollowUp(item, result.data as Record<string, unknown> | null, ctx)
      else item.work.failure = result.reason
    })
  }
}
