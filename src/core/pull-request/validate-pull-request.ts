import type { StrategyConfig, ThemeConfig } from '../config/config.schema.js'
import { finding, type Finding, type Severity } from '../findings.js'
import { resolveTheme } from '../themes/resolve-theme.js'
import type { PullRequestInfo } from '../types.js'
import { describeThemeFix, type ThemeFix } from './describe-theme-fix.js'
import { findThemeReferences, type ThemeReference } from './find-theme-references.js'

export interface ValidatePullRequestParams {
  pr: Pick<PullRequestInfo, 'title' | 'body' | 'labels' | 'headRef'>
  config: Pick<StrategyConfig, 'pull_requests' | 'themes'>
}

export interface PullRequestValidation {
  /** Ids of the themes the pull request names (retired ones included), deduplicated and sorted. */
  themes: string[]
  /** PR_MISSING_THEME, PR_UNKNOWN_THEME, PR_RETIRED_THEME; about the PR's text, so without `file`. */
  findings: Finding[]
}

interface Context extends ValidatePullRequestParams {
  fix: ThemeFix
}

/**
 * Checks that a pull request names a strategic theme, that every theme it names exists and that
 * none is retired. With `require_theme: false` a missing theme is fine and a misspelt one is only a
 * warning. An unknown theme in a branch name is a warning too: a branch cannot be renamed in place.
 *
 * @example validatePullRequest({ pr, config }) // { themes: ['global-scale'], findings: [] }
 */
export function validatePullRequest({ pr, config }: ValidatePullRequestParams): PullRequestValidation {
  const context: Context = { pr, config, fix: describeThemeFix(config) }
  const required = config.pull_requests.require_theme
  const themes = new Set<string>()
  const findings: Finding[] = []
  const reported = new Set<string>()
  for (const reference of findThemeReferences({ pr, config })) {
    const resolution = resolveTheme(reference.text, config.themes)
    const key =
      resolution.kind === 'found' ? `id:${resolution.theme.id}` : `text:${reference.text.toLowerCase()}`
    if (resolution.kind === 'found') themes.add(resolution.theme.id)
    if (reported.has(key)) continue
    reported.add(key)
    if (resolution.kind === 'unknown') {
      const severity = required && reference.source !== 'branch' ? 'error' : 'warning'
      findings.push(unknownTheme(reference, resolution.suggestion, severity, context))
    } else if (resolution.theme.status === 'retired') {
      findings.push(retiredTheme(reference, resolution.theme, context))
    }
  }
  const blocked = findings.some((f) => f.severity === 'error')
  if (required && themes.size === 0 && !blocked) findings.push(missingTheme(context))
  return { themes: [...themes].sort(), findings }
}

function missingTheme({ config, fix }: Context): Finding {
  const skip = fix.skipLabel ? `, or add the label "${fix.skipLabel}" to skip this check` : ''
  return finding(
    'PR_MISSING_THEME',
    config.pull_requests.missing_theme_severity,
    `This pull request does not name a strategic theme. To fix it, ${fix.instruction} ` +
      `(valid themes: ${fix.validThemes.join(', ')})${skip}. ` +
      `A theme can be named by ${fix.accepted}.`,
  )
}

function unknownTheme(
  reference: ThemeReference,
  suggestion: ThemeConfig | null,
  severity: Severity,
  context: Context,
): Finding {
  const guess = suggestion ? ` Did you mean "${suggestion.id}"?` : ''
  const replacement = suggestion?.id ?? context.fix.exampleId
  return finding(
    'PR_UNKNOWN_THEME',
    severity,
    `The theme "${reference.text}" named ${where(reference, context)} is not defined in the strategy config.` +
      `${guess} Valid themes: ${context.fix.validThemes.join(', ')}. ${howToFix(reference, replacement, context)}`,
  )
}

function retiredTheme(reference: ThemeReference, theme: ThemeConfig, context: Context): Finding {
  return finding(
    'PR_RETIRED_THEME',
    'warning',
    `The theme "${theme.id}" (${theme.name}) named ${where(reference, context)} is retired. ` +
      `Name an active theme instead: ${context.fix.validThemes.join(', ')}.`,
  )
}

function where(reference: ThemeReference, { pr, config }: Context): string {
  switch (reference.source) {
    case 'label':
      return `in the label "${config.pull_requests.label_prefix}${reference.text}"`
    case 'title':
      return `in the title tag "[${reference.text}]"`
    case 'body':
      return `on line ${reference.line} of the description`
    case 'branch':
      return `by the branch "${pr.headRef}"`
  }
}

function howToFix(reference: ThemeReference, id: string, { config, fix }: Context): string {
  switch (reference.source) {
    case 'label':
      return `Replace the label with "${config.pull_requests.label_prefix}${id}".`
    case 'title':
      return `Change the title tag to "[${id}]".`
    case 'body':
      return `Change that line to "Theme: ${id}".`
    case 'branch':
      return `A branch cannot be renamed in place: ${fix.instruction} instead.`
  }
}
