import type { PrSource, StrategyConfig } from '../config/config.schema.js'
import { resolveTheme } from '../themes/resolve-theme.js'
import type { PullRequestInfo } from '../types.js'
import { extractVisibleLines } from './extract-visible-lines.js'

/** One place where a pull request names a theme. `text` is the reference as written (id, name or alias). */
export type ThemeReference =
  | {
      source: 'body'
      text: string
      /** 1-based line of the body. */
      line: number
    }
  | { source: Exclude<PrSource, 'body'>; text: string; line?: undefined }

export interface FindThemeReferencesParams {
  pr: Pick<PullRequestInfo, 'title' | 'body' | 'labels' | 'headRef'>
  config: Pick<StrategyConfig, 'pull_requests' | 'themes'>
}

/** More references than this is not a real pull request; the rest are ignored to bound the work. */
export const MAX_REFERENCES = 100
/** Longer reference texts are clipped: no theme is named like that, and messages stay readable. */
const MAX_TEXT = 100
const MAX_TITLE = 1000
/** Only the start of a body line can hold a `Theme:` field; looking further only costs time. */
const MAX_LINE = 400
/**
 * GitHub refuses pull request bodies over 65,536 characters, so a longer one did not come from
 * GitHub; only its start is read, which keeps a hostile megabyte of line breaks to milliseconds.
 */
const MAX_BODY = 65_536

/**
 * `Theme: x`, `Strategic Theme: x`, `Themes: x, y`, as a bullet (`- `, `* `, `+ `) or in bold
 * (`**Theme**: x`, `**Theme:** x`). Anchored, and no two adjacent parts can match the same
 * characters, so matching never backtracks more than a few steps.
 */
const BODY_FIELD =
  /^[ \t]{0,3}(?:[-*+][ \t]+)?(?:\*\*|__)?(?:strategic[ \t]+)?themes?(?:\*\*|__)?[ \t]*:(.*)$/i
/** The text of a `[tag]` in a title; bounded so an unclosed `[` costs constant work. */
const TITLE_TAG = /(?<=\[)[^[\]\r\n]{1,100}(?=\])/g
/** `theme/<id>` or `theme/<id>/…`. */
const BRANCH = /^theme\/([^/]+)/i
/** Bracketed title tags that are workflow markers, never theme typos. */
const NOT_THEMES = new Set([
  'wip',
  'draft',
  'skip ci',
  'ci skip',
  'no ci',
  'skip actions',
  'dnm',
  'do not merge',
])

/**
 * Finds every theme reference of a pull request in the sources the config allows: labels
 * `theme:<id>`, title tags `[<id>]`, body lines `Theme: <id>` (outside HTML comments and code
 * fences) and branches `theme/<id>/…`. References are returned as written; resolve them with
 * `resolveTheme`.
 *
 * @example findThemeReferences({ pr: { title: '[global-scale] Add CDN', body: '', labels: [], headRef: 'main' }, config })
 * // [{ source: 'title', text: 'global-scale' }]
 */
export function findThemeReferences({ pr, config }: FindThemeReferencesParams): ThemeReference[] {
  const sources = new Set(config.pull_requests.sources)
  const references: ThemeReference[] = []
  if (sources.has('label')) references.push(...fromLabels(pr.labels, config.pull_requests.label_prefix))
  if (sources.has('title')) references.push(...fromTitle(pr.title, config))
  if (sources.has('body')) references.push(...fromBody(pr.body))
  if (sources.has('branch')) references.push(...fromBranch(pr.headRef, config.themes))
  return references.slice(0, MAX_REFERENCES)
}

function fromLabels(labels: readonly string[], prefix: string): ThemeReference[] {
  return labels.flatMap((label) => {
    const text = afterPrefix(label, prefix)
    return text ? [{ source: 'label' as const, text: clip(text) }] : []
  })
}

function fromTitle(title: string, config: FindThemeReferencesParams['config']): ThemeReference[] {
  const references: ThemeReference[] = []
  // GitHub caps titles at 256 characters; a longer one is hostile, so only its start is read.
  for (const match of title.slice(0, MAX_TITLE).matchAll(TITLE_TAG)) {
    const text = titleTagReference(match[0], config)
    if (text) references.push({ source: 'title', text: clip(text) })
    if (references.length >= MAX_REFERENCES) break
  }
  return references
}

/** A title tag counts when it carries the label prefix (`[theme:x]`) or looks like a theme. */
function titleTagReference(tag: string, config: FindThemeReferencesParams['config']): string | null {
  const text = tag.trim()
  const prefixed = afterPrefix(text, config.pull_requests.label_prefix)
  if (prefixed !== null) return prefixed || null
  return looksLikeTheme(text, config.themes) ? text : null
}

/**
 * Title tags and branch prefixes are also used for other things (`[WIP]`, `[JIRA-123]`,
 * `theme/dark-mode` in a UI repository), so they count only when they name a theme or are a near
 * miss of one (a typo worth reporting).
 */
function looksLikeTheme(text: string, themes: FindThemeReferencesParams['config']['themes']): boolean {
  const resolution = resolveTheme(text, themes)
  if (resolution.kind === 'found') return true
  if (NOT_THEMES.has(text.toLowerCase()) || text.length < 4) return false
  return resolution.suggestion !== null
}

function fromBody(body: string): ThemeReference[] {
  const references: ThemeReference[] = []
  for (const [index, line] of extractVisibleLines(body.slice(0, MAX_BODY)).entries()) {
    if (references.length >= MAX_REFERENCES) break
    const value = BODY_FIELD.exec(line.slice(0, MAX_LINE))?.[1]
    if (value === undefined) continue
    for (const text of splitValue(value)) references.push({ source: 'body', text, line: index + 1 })
  }
  return references
}

/** `**global-scale**, \`dx\`` → ['global-scale', 'dx']; blanks and placeholders like `___` are dropped. */
function splitValue(value: string): string[] {
  return value
    .split(',')
    .map((part) => trimWrapping(part.replace(/\*\*|__/g, '')))
    .filter((part) => /[\p{L}\p{N}]/u.test(part))
    .map(clip)
}

function fromBranch(
  headRef: string,
  themes: FindThemeReferencesParams['config']['themes'],
): ThemeReference[] {
  const text = BRANCH.exec(headRef.replace(/^refs\/heads\//, ''))?.[1]
  return text && text.length <= MAX_TEXT && looksLikeTheme(text, themes) ? [{ source: 'branch', text }] : []
}

/** Trims whitespace, backticks, quotes and brackets around a value (a loop: no regex backtracking). */
function trimWrapping(text: string): string {
  const wrapping = ' \t`\'"[]'
  let start = 0
  let end = text.length
  while (start < end && wrapping.includes(text.charAt(start))) start++
  while (end > start && wrapping.includes(text.charAt(end - 1))) end--
  return text.slice(start, end)
}

/** The text after `prefix` (case-insensitive), trimmed; null when `text` does not start with it. */
function afterPrefix(text: string, prefix: string): string | null {
  return text.toLowerCase().startsWith(prefix.toLowerCase()) ? text.slice(prefix.length).trim() : null
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${Array.from(text).slice(0, MAX_TEXT).join('')}…` : text
}
