import type { DetectorConfig, MigrationConfig } from '../config/config.schema.js'
import { codeSpan, escapeMarkdown } from '../markdown/escape-markdown.js'
import { jobIssueMarker } from './plan-job-issues.js'

/** What a detector looks for, in words (Markdown). */
export function describeDetector(detector: DetectorConfig): string {
  if (detector.dependency) {
    const { ecosystem, name, range } = detector.dependency
    const versions = range === undefined ? '' : ` ${codeSpan(range)}`
    return `the ${ecosystem} dependency ${codeSpan(name)}${versions} is still declared`
  }
  if (detector.file) {
    const { path, must, matches } = detector.file
    const text = matches === undefined ? '' : ` whose text matches ${codeSpan(matches)}`
    return must === 'absent'
      ? `a file ${codeSpan(path)}${text} is still there`
      : `no file ${codeSpan(path)}${text} exists yet`
  }
  return 'its detector matches'
}

/** `{repo}` in a configured title or body becomes the repository name. */
function fill(template: string, repo: string): string {
  return template.replaceAll('{repo}', repo)
}

/**
 * Title and body of a migration's job issue in one repository: `issue_title`/`issue_body` when set
 * (`{repo}` replaced), else the migration's title and a body saying what was found and that the app
 * closes the issue itself; the body always ends with the hidden marker that finds it again.
 *
 * @example jobIssueText(migration, 'api').body.endsWith('-->') // true
 */
export function jobIssueText(migration: MigrationConfig, repo: string): { title: string; body: string } {
  const title = fill(migration.issue_title ?? migration.title, repo).slice(0, 256)
  const found = migration.detect ? describeDetector(migration.detect) : 'its detector matches'
  const body =
    migration.issue_body === undefined
      ? [
          `This repository is a job of the migration **${escapeMarkdown(migration.title)}**: on its default branch, ${found}.`,
          '',
          'Strategy Trace opened this issue and counts it on the strategy leaderboard. It closes it as completed once the default branch no longer matches, and reopens it if the match comes back.',
        ].join('\n')
      : fill(migration.issue_body, repo)
  return { title, body: `${body.trimEnd()}\n\n${jobIssueMarker(migration.id, repo)}\n` }
}
