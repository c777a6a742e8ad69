import type { StrategyConfig } from '../config/config.schema.js'
import { sectionDefaults } from '../config/config-spec.js'
import { CONFIG_SPEC } from '../config/config-spec.generated.js'
import { looksLikePlaceholder } from './inline-text.js'

/** The configured status words and synonyms (`parseAdr`'s options). Defaults: the config schema's. */
export interface StatusOptions {
  statuses?: readonly string[]
  synonyms?: Readonly<Record<string, string>>
}

/** Maps status text as written to a configured status word. */
export interface StatusNormaliser {
  /** The configured status the text starts with (whole text, first two words or first word), or null. */
  normalise(text: string): string | null
}

/** The `adrs` section's defaults, from the schema's plain-data spec (parsing needs no zod). */
const DEFAULTS = sectionDefaults(CONFIG_SPEC, 'adrs') as StrategyConfig['adrs']

/**
 * Words real records use for the five default statuses, in English and in the languages whose field
 * names the reader knows. Each applies only when its status is one of the configured ones, after the
 * configured statuses and synonyms (which win). Words whose meaning is unclear (pending, on hold,
 * experimental, deferred, revised, active) are not here: they stay as written and the finding says how
 * to map them with `adrs.status_synonyms`.
 */
// prettier-ignore
const BUILT_IN: Readonly<Record<string, readonly string[]>> = {
  proposed: [
    'proposal', 'rfc', 'vorgeschlagen', 'entwurf', 'proposé', 'proposée', 'brouillon', 'propuesto', 'propuesta',
    'borrador', 'proposto', 'proposta', 'rascunho', 'voorgesteld', 'предложено', 'предложен', 'черновик',
    '提议', '提議', '提案', '建议', '建议中', '草稿', '提案中', '草案', '제안', '제안됨', '초안',
  ],
  accepted: [
    'implemented', 'done', 'decided', 'agreed', 'adopted', 'completed', 'angenommen', 'akzeptiert',
    'beschlossen', 'accepté', 'acceptée', 'adopté', 'validé', 'aceptado', 'aceptada', 'aprobado', 'aceito',
    'aceita', 'aprovado', 'aprovada', 'geaccepteerd', 'accettato', 'approvato', 'принято', 'принят',
    'утверждено', 'одобрено', '已接受', '接受', '已采纳', '采纳', '已通过', '通过', '完成', '已批准',
    '承認', '承認済み', '承認済', '採用', '決定', '承諾', '승인', '승인됨', '채택', '채택됨', '결정됨',
  ],
  rejected: [
    'withdrawn', 'abgelehnt', 'rejeté', 'rejetée', 'refusé', 'rechazado', 'rechazada', 'rejeitado',
    'rejeitada', 'afgewezen', 'rifiutato', 'отклонено', 'отклонён', '拒绝', '已拒绝', '否决', '却下',
    '却下済み', '不採用', '거부', '거부됨', '거절', '거절됨', '반려',
  ],
  deprecated: [
    'obsolete', 'retired', 'veraltet', 'obsolète', 'déprécié', 'obsoleto', 'obsoleta', 'desaprobado',
    'depreciado', 'verouderd', 'deprecato', 'устарело', 'устаревшее', '已弃用', '弃用', '废弃', '已废弃',
    '非推奨', '廃止', '폐기', '폐기됨', '사용 중단',
  ],
  superseded: [
    'replaced', 'ersetzt', 'abgelöst', 'remplacé', 'remplacée', 'reemplazado', 'reemplazada', 'substituído',
    'substituido', 'vervangen', 'sostituito', 'заменено', 'заменён', '已取代', '取代', '已替代', '被取代',
    '置き換え', '置換済み', '대체', '대체됨',
  ],
}

/** Comparable form of status text: lower case, NFC, one space between words. */
export function statusKey(text: string): string {
  // eslint-disable-next-line no-control-regex
  const composed = /[^\u0000-\u007f]/.test(text) ? text.normalize('NFC') : text
  return composed
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
}

/** Letters-only words at the start of a key: `accepted, 2021` → `accepted`. */
const LEADING_WORDS = /^(\p{L}+)(?:[^\p{L}]+(\p{L}+))?/u

function buildNormaliser(
  statuses: readonly string[],
  synonyms: Readonly<Record<string, string>>,
): StatusNormaliser {
  const known = new Map<string, string>()
  for (const status of statuses) known.set(statusKey(status), status.toLowerCase())
  for (const [word, status] of Object.entries(synonyms)) {
    const key = statusKey(word)
    if (!known.has(key)) known.set(key, status.toLowerCase())
  }
  const configured = new Set(known.values())
  for (const [status, words] of Object.entries(BUILT_IN)) {
    if (!configured.has(status)) continue
    for (const word of words) if (!known.has(statusKey(word))) known.set(statusKey(word), status)
  }
  return {
    normalise(text: string): string | null {
      if (text.length > 200 || looksLikePlaceholder(text)) return null
      const key = statusKey(text)
      const whole = known.get(key)
      if (whole !== undefined) return whole
      const words = LEADING_WORDS.exec(key)
      if (words === null) return null
      const first = words[1] ?? ''
      return (
        (words[2] === undefined ? undefined : known.get(`${first} ${words[2]}`)) ?? known.get(first) ?? null
      )
    },
  }
}

// Callers pass the same config arrays for every ADR; caching by identity keeps parsing 10,000 ADRs fast.
const cache = new WeakMap<object, WeakMap<object, StatusNormaliser>>()

/** A normaliser for the given options (cached per statuses/synonyms object). */
export function createStatusNormaliser(options: StatusOptions = {}): StatusNormaliser {
  const statuses = options.statuses ?? DEFAULTS.statuses
  const synonyms = options.synonyms ?? DEFAULTS.status_synonyms
  let bySynonyms = cache.get(statuses)
  if (bySynonyms === undefined) {
    bySynonyms = new WeakMap()
    cache.set(statuses, bySynonyms)
  }
  let normaliser = bySynonyms.get(synonyms)
  if (normaliser === undefined) {
    normaliser = buildNormaliser(statuses, synonyms)
    bySynonyms.set(synonyms, normaliser)
  }
  return normaliser
}
