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
  const candidates = new Map<string, ThemeConfig>()
  for (const theme of themes) {
    for (const name of [theme.id, theme.name, ...theme.aliases]) candidates.set(normalise(name), theme)
  }
  if (candidates.size === 0 || wanted.length === 0) return null
  const best = closest(wanted, [...candidates.keys()])
  // Only suggest when the typo is small relative to the word: a third of its length, at least 2 edits.
  const limit = Math.max(2, Math.floor(best.length / 3))
  return distance(wanted, best) <= limit ? (candidates.get(best) ?? null) : null
}

/** `id` of every theme, for messages that list what is accepted. */
export function listThemeIds(themes: readonly ThemeConfig[], status?: ThemeConfig['status']): string[] {
  return themes.filter((t) => status === undefined || t.status === status).map((t) => t.id)
}
