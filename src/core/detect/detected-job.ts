import type { DetectorVerdict } from './match-detector.js'

/**
 * A repository a migration's detector has matched: a remaining job while it matches, a done job once
 * it stops. Kept in the repository's snapshot slice, so a warm refresh remembers jobs that are done.
 */
export interface DetectedJob {
  /** The migration's id. */
  migration: string
  /** True while the detector matches (the job remains). */
  matching: boolean
  /** `YYYY-MM-DD` the job was first seen (the refresh that found it). */
  since: string
  /** `YYYY-MM-DD` of the commit that made the detector stop matching; null while it matches. */
  doneOn: string | null
  /** The files the last verdict rested on (see `DetectorVerdict.paths`). */
  paths: string[]
  /** The job issue the app opened for it, once known. */
  issue?: { number: number; url: string }
}

/** What a new verdict makes of a repository's job: the job (or none), and whether to date its end. */
export interface DetectionStep {
  job: DetectedJob | null
  /** Set when the job just stopped matching: the paths whose last commit is its done date. */
  dateFrom: string[] | null
}

/**
 * The next state of a repository's job for one migration. A match makes (or keeps, or brings back) a
 * remaining job; a job that stops matching is done, on the date of the last commit to the files the
 * verdicts rested on (`dateFrom`; the caller reads that date, or uses `today`); a repository the
 * detector never matched is no job.
 *
 * @example detectionStep(undefined, { matches: true, paths: ['package.json'] }, 'auth', '2026-03-02').job?.matching // true
 */
export function detectionStep(
  previous: DetectedJob | undefined,
  verdict: DetectorVerdict,
  migration: string,
  today: string,
): DetectionStep {
  const issue = previous?.issue ? { issue: previous.issue } : {}
  if (verdict.matches) {
    const since = previous?.since ?? today
    return {
      job: { migration, matching: true, since, doneOn: null, paths: verdict.paths, ...issue },
      dateFrom: null,
    }
  }
  if (!previous) return { job: null, dateFrom: null }
  if (!previous.matching) return { job: previous, dateFrom: null }
  const dateFrom = [...new Set([...previous.paths, ...verdict.paths])].sort()
  return {
    job: { ...previous, matching: false, doneOn: today, paths: previous.paths },
    dateFrom,
  }
}
