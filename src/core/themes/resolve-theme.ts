import { closest, distance } from 'fastest-levenshtein'
import type { ThemeConfig } from '../config/config.schema.js'

export type ThemeResolution =
  | { kind: 'found'; theme: ThemeConfig }
  | { kind: 'unknown'; reference: string; suggestion: ThemeConfig | null }

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
}

/**
 * The form in which theme references are compared (trimmed, lower case, spaces and underscores as
 * `-`): two texts with the same key name the same theme. For callers that index many themes at once.
 *
 * @example themeKey(' Global_Scale ') // 'global-scale'
 */
export function themeKey(text: string): string {
  return normalise(text)
}

/**
 * Resolves a theme reference (id, name or alias, any case) to a configured theme, or suggests the
 * nearest one for a misspelling.
 *
 * @example resolveTheme('Global Scale', themes) // { kind: 'found', theme: { id: 'global-scale', … } }
 */
export function resolveTheme(reference: string, themes: readonly ThemeConfig[]): ThemeResolution {
  const wanted = normalise(reference)
  for (const theme of themes) {
    const names = [theme.id, theme.name, ...theme.aliases].map(normalise)
    if (names.includes(wanted)) return { kind: 'found', theme }
  }
  return { kind: 'unknown', reference, suggestion: suggestTheme(wanted, themes) }
}

function suggestTheme(wanted: string, themes: readonly ThemeConfig[]): ThemeConfig | null {
  return nearestTheme(wanted, suggestionCandidates(themes))
}

/** Each normalised name of the themes, with the last theme that has it, in first-seen order. */
function suggestionCandidates(themes: readonly ThemeConfig[]): {
  keys: string[]
  themes: Map<string, ThemeConfig>
} {
  const candidates = new Map<string, ThemeConfig>()
  for (const theme of themes) {
    for (const name of [theme.id, theme.name, ...theme.aliases]) candidates.set(normalise(name), theme)
  }
  return { keys: [...candidates.keys()], themes: candidates }
}

function nearestTheme(
  wanted: string,
  candidates: { keys: string[]; themes: Map<string, ThemeConfig> },
): ThemeConfig | null {
  if (candidates.keys.length === 0 || wanted.length === 0) return null
  const best = closest(wanted, candidates.keys)
  // Only suggest when the typo is small relative to the word: a third of its length, at least 2 edits.
  const limit = Math.max(2, Math.floor(best.length / 3))
  return distance(wanted, best) <= limit ? (candidates.themes.get(best) ?? null) : null
}

/**
 * `resolveTheme` for many references to the same themes: their names are indexed once, so each
 * reference costs a lookup, and a suggestion search only when it names no theme.
 *
 * @example createThemeResolver(themes)('Global Scale') // { kind: 'found', theme: { id: 'global-scale', … } }
 */
export function createThemeResolver(themes: readonly ThemeConfig[]): (reference: string) => ThemeResolution {
  const byName = new Map<string, ThemeConfig>()
  for (const theme of themes) {
    for (const name of [theme.id, theme.name, ...theme.aliases]) {
      const key = normalise(name)
      if (!byName.has(key)) byName.set(key, theme)
    }
  }
  let candidates: ReturnType<typeof suggestionCandidates> | undefined
  return (reference) => {
    const wanted = normalise(reference)
    const theme = byName.get(wanted)
    if (theme !== undefined) return { kind: 'found', theme }
    candidates ??= suggestionCandidates(themes)
    return { kind: 'unknown', reference, suggestion: nearestTheme(wanted, candidates) }
  }
}

/** `id` of every theme, for messages that list what is accepted. */
export function listThemeIds(themes: readonly ThemeConfig[], status?: ThemeConfig['status']): string[] {
  return themes.filter((t) => status === undefined || t.status === status).map((t) => t.id)
}
