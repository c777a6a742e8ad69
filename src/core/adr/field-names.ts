/**
 * The words ADRs use for their fields, in English, German, French, Spanish, Portuguese, Italian and
 * Dutch. A label is compared after `labelKey` (lower case, accents kept, `-`/`_`/spaces collapsed),
 * so `Strategic Theme`, `strategic-theme` and `strategic_theme` are one label.
 */

/** The fields the parser extracts, plus `other`: known labels that carry nothing we read. */
export type FieldKey =
  | 'status'
  | 'date'
  | 'theme'
  | 'supersedes'
  | 'supersededBy'
  | 'reviewDate'
  | 'title'
  | 'affects'
  | 'changelog'
  | 'other'

// prettier-ignore
const LABELS: Record<FieldKey, readonly string[]> = {
  status: [
    'status', 'decision status', 'adr status', 'current status', 'entscheidungsstatus', 'statut',
    'état', 'etat', 'estado', 'situação', 'situacao', 'stato', 'state', 'decision state',
    // Chinese, Japanese, Korean, Russian
    '状态', '狀態', '决策状态', 'ステータス', '状態', '상태', '결정 상태', 'статус', 'состояние',
  ],
  date: [
    'date', 'decision date', 'datum', 'entscheidungsdatum', 'fecha', 'data', 'date de décision',
    'introduced', 'created', 'created on', 'date created', 'decided on', 'date decided',
    '日期', '决策日期', '批准日期', '日付', '決定日', '承認日', '날짜', '작성일', '결정일', '승인일',
    'дата', 'дата решения', 'approval date', 'accepted on', 'proposal date', 'decided', 'date of decision',
  ],
  theme: [
    'theme', 'strategic theme', 'strategictheme', 'thema', 'strategisches thema', 'thème',
    'thème stratégique', 'theme strategique', 'tema', 'tema estratégico', 'tema estrategico',
    'tema strategico', 'strategisch thema',
  ],
  supersedes: ['supersedes', 'replaces', 'ersetzt', 'remplace', 'reemplaza', 'sustituye', 'substitui', 'sostituisce', 'vervangt'],
  supersededBy: [
    'superseded by', 'superceded by', 'supersededby', 'superseded_by', 'replaced by', 'ersetzt durch', 'remplacé par',
    'reemplazado por', 'sustituido por', 'substituído por', 'substituido por', 'sostituito da', 'vervangen door',
  ],
  reviewDate: [
    'review date', 'reviewdate', 'next review', 'next review date', 'review by', 'revisit by', 'revisit date',
    'review', 'überprüfungsdatum', 'wiedervorlage', 'date de révision', 'fecha de revisión',
    'fecha de revision', 'data de revisão', 'data di revisione', 'herzieningsdatum',
  ],
  title: ['title', 'titel', 'titre', 'título', 'titolo', '标题', 'タイトル', '제목', 'заголовок', 'название'],
  affects: ['affects', 'affected paths', 'governs', 'governed paths', 'applies to paths'],
  changelog: [
    'changelog', 'change log', 'revision history', 'document history', 'change history', '变更日志',
    '更新日志', '修订历史', '変更履歴', '改訂履歴', '변경 이력', '변경 내역', 'история изменений',
    'historique des modifications', 'historial de cambios', 'änderungshistorie',
  ],
  other: [
    'deciders', 'decision makers', 'decisionmakers', 'consulted', 'informed', 'author', 'authors', 'owner',
    'owners', 'tags', 'technical story', 'reviewers', 'participants', 'field', 'value', 'key', 'attribute',
    'entscheider', 'autor', 'autoren', 'auteur', 'auteurs', 'décideurs', 'decisores', 'autores', 'beslissers',
  ],
}

/**
 * Labels that are also ordinary English words (`## Data`, `Review: …`): a line with one of them only
 * counts when its value holds a date.
 */
export const WEAK_LABELS: ReadonlySet<string> = new Set([
  'data',
  'review',
  'decided',
  'created',
  'introduced',
])

/** Headings of tables of contents, whose sections are skipped. */
// prettier-ignore
const TOC_HEADINGS = new Set([
  'table of contents', 'contents', 'toc', 'inhalt', 'inhaltsverzeichnis', 'sommaire',
  'table des matières', 'índice', 'indice', 'contenido', 'conteúdo', 'sommario', 'inhoud', 'inhoudsopgave',
])

/** Phrases that open a "superseded by X" line, longest first so `ersetzt durch` beats `ersetzt`. */
export const SUPERSEDED_BY_PHRASES: readonly string[] = [...LABELS.supersededBy]
  .filter((p) => p.includes(' '))
  .sort((a, b) => b.length - a.length)

/** Verbs that open a "supersedes X" line. */
export const SUPERSEDES_PHRASES: readonly string[] = LABELS.supersedes

const FIELD_BY_LABEL = new Map<string, FieldKey>()
for (const [field, labels] of Object.entries(LABELS) as [FieldKey, readonly string[]][]) {
  for (const label of labels) FIELD_BY_LABEL.set(label, field)
}

// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000-\u007f]/

/** Comparable form of a label: lower case, NFC, separators collapsed to one space. */
export function labelKey(label: string): string {
  const composed = NON_ASCII.test(label) ? label.normalize('NFC') : label
  return composed
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
}

/**
 * Caches a function of a short label. ADRs repeat the same few labels and headings thousands of
 * times, so a lookup is far cheaper than normalising again; the cache is bounded.
 */
function memoise<T>(compute: (label: string) => T): (label: string) => T {
  const cache = new Map<string, T>()
  return (label) => {
    const hit = cache.get(label)
    if (hit !== undefined || cache.has(label)) return hit as T
    if (cache.size >= 4096) cache.clear()
    const value = compute(label)
    cache.set(label, value)
    return value
  }
}

/** What a label or heading names. */
export interface LabelInfo {
  field: FieldKey | null
  /** One of the `WEAK_LABELS`: only counts with a date as value. */
  weak: boolean
  /** A table-of-contents heading. */
  toc: boolean
}

const NOT_A_LABEL: LabelInfo = { field: null, weak: false, toc: false }

/**
 * Bilingual labels name the field twice: `상태 (Status)`, `背景 / Context`, `Статус / Status`. Either
 * half may be the one we know.
 */
const BILINGUAL = /^(.+?)\s*(?:\((.+)\)|[/|]\s*(.+))$/u

function fieldOfKey(key: string): FieldKey | null {
  const field = FIELD_BY_LABEL.get(key)
  if (field !== undefined) return field
  const halves = BILINGUAL.exec(key)
  if (halves === null) return null
  const second = (halves[2] ?? halves[3] ?? '').trim()
  return FIELD_BY_LABEL.get(halves[1] ?? '') ?? FIELD_BY_LABEL.get(second) ?? null
}

const describe = memoise((label: string): LabelInfo => {
  const key = labelKey(label.replace(/[*`:：]/g, '').replace(/^\d+(?:\.\d+)*\.?\s+/, ''))
  const field = fieldOfKey(key)
  const toc = TOC_HEADINGS.has(key)
  return field === null && !toc ? NOT_A_LABEL : { field, weak: WEAK_LABELS.has(key), toc }
})

/**
 * What a label names: `Status`, `**Strategic Theme:**`, `2. Status`, `strategic_theme` (decoration,
 * numbering and separators ignored; labels over 60 characters are prose).
 */
export function describeLabel(label: string): LabelInfo {
  return label.length > 60 ? NOT_A_LABEL : describe(label)
}

/** The field a label names, or null. */
export function fieldForLabel(label: string): FieldKey | null {
  return describeLabel(label).field
}
