import type { Adr, RepoSnapshot } from '../types.js'
import { compareText } from './compare-text.js'
import { toDayNumber } from './day-number.js'
import type { AdrEntry, StaleAdr } from './leaderboard-types.js'

/** Statuses of decisions no longer in force: they are history, never stale. */
export const SETTLED_STATUSES: ReadonlySet<string> = new Set(['superseded', 'deprecated', 'rejected'])

/** A plain `https://host/path` URL with nothing that could break out of a markdown link. */
const SAFE_BASE_URL = /^https:\/\/[A-Za-z0-9.-]+(?::\d{1,5})?(?:\/[A-Za-z0-9._~%-]+)*$/

/** Percent-encodes one URL path segment, including the characters `encodeURIComponent` leaves (`!'()*`). */
export function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  )
}

/**
 * Link to a file on the repository's default branch: `<repo.url>/blob/<branch>/<path>`, each branch and
 * path segment percent-encoded. Null when `repo.url` is not a plain https URL, so no user-controlled
 * text ever reaches a link target unencoded.
 *
 * @example blobUrl({ url: 'https://github.com/acme/api', defaultBranch: 'main' }, 'docs/adr/0001 (draft).md')
 * // 'https://github.com/acme/api/blob/main/docs/adr/0001%20%28draft%29.md'
 */
export function blobUrl(repo: Pick<RepoSnapshot, 'url' | 'defaultBranch'>, path: string): string | null {
  const base = repo.url.replace(/\/+$/, '')
  if (!SAFE_BASE_URL.test(base)) return null
  const encode = (text: string): string => text.split('/').map(encodePathSegment).join('/')
  return `${base}/blob/${encode(repo.defaultBranch)}/${encode(path)}`
}

/** The board's view of one ADR. `themeId` is the resolved theme (null when missing or unknown). */
export function toAdrEntry(repo: RepoSnapshot, adr: Adr, themeId: string | null): AdrEntry {
  return {
    repo: repo.repo,
    path: adr.path,
    title: adr.title,
    url: blobUrl(repo, adr.path),
    status: adr.status,
    rawStatus: adr.rawStatus,
    date: adr.date,
    themeId,
    themeText: adr.theme,
  }
}

/**
 * Why an ADR is stale, or null. Superseded, deprecated and rejected ADRs are never stale. Otherwise an
 * ADR is stale when its review date is before today, or, without a review date, when it is `accepted`
 * and its decision date is more than `reviewAfterDays` days before today (never when `reviewAfterDays`
 * is null or the ADR has no date). A review date today or later keeps it fresh.
 */
export function staleReason(
  adr: Pick<AdrEntry, 'status' | 'date'> & { reviewDate: string | null },
  today: number,
  reviewAfterDays: number | null,
): StaleAdr['reason'] | null {
  if (adr.status !== null && SETTLED_STATUSES.has(adr.status)) return null
  const review = adr.reviewDate === null ? null : toDayNumber(adr.reviewDate)
  if (review !== null) {
    return review < today ? { kind: 'review-passed', reviewDate: adr.reviewDate as string } : null
  }
  const decided = adr.date === null ? null : toDayNumber(adr.date)
  if (reviewAfterDays === null || adr.status !== 'accepted' || decided === null) return null
  const ageDays = today - decided
  return ageDays > reviewAfterDays ? { kind: 'review-missing', ageDays } : null
}

/** Decision-log order: newest first, undated last, then repository and path. */
export function compareAdrEntries(a: AdrEntry, b: AdrEntry): number {
  // Undated sorts as '', below every date, so it lands last in this newest-first order.
  const aDate = a.date ?? ''
  const bDate = b.date ?? ''
  if (aDate !== bDate) return aDate < bDate ? 1 : -1
  return compareText(a.repo, b.repo) || compareText(a.path, b.path)
}
