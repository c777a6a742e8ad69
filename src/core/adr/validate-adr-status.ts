import type { StrategyConfig } from '../config/config.schema.js'
import { finding, type Finding } from '../findings.js'
import type { Adr } from '../types.js'
import { capitalise, listWords, onLine, quoteValue, TEMPLATE_HINT } from './adr-messages.js'
import { looksLikePlaceholder } from './inline-text.js'
import { suggestStatus } from './suggest-status.js'

type AdrsRules = Pick<StrategyConfig['adrs'], 'statuses' | 'status_synonyms'>

/** How to write a status line in the ADR's own format. */
export function statusLineExample(adr: Pick<Adr, 'format'>, status: string): string {
  switch (adr.format) {
    case 'front-matter':
      return `\`status: ${status}\` in the front matter`
    case 'madr2':
      return `\`* Status: ${status}\``
    case 'table':
      return `a row \`| Status | ${capitalise(status)} |\``
    case 'nygard':
      return `\`${capitalise(status)}\` under \`## Status\``
    default:
      return `\`**Status**: ${capitalise(status)}\` below the title`
  }
}

function missing(adr: Adr, adrs: AdrsRules): Finding {
  const first = adrs.statuses[0] ?? 'proposed'
  if (adr.lines.status === undefined && adr.statusMention !== undefined) {
    // The record talks about its status somewhere the reader does not follow: unsure, so a warning.
    const { word, line } = adr.statusMention
    const message =
      `Could not read the status of ADR \`${adr.path}\`: "${word}" appears on line ${line}, but not as a ` +
      `status field the reader knows. Write it as ${statusLineExample(adr, first)} to make it readable.`
    return finding('ADR_STATUS_UNREADABLE', 'warning', message, { file: adr.path, line })
  }
  const where =
    adr.lines.status === undefined ? 'has no status' : `has an empty status${onLine(adr.lines.status)}`
  const message =
    `ADR \`${adr.path}\` ${where}. Add ${statusLineExample(adr, first)}; accepted statuses: ` +
    `${listWords(adrs.statuses)}. ${TEMPLATE_HINT}`
  return finding('ADR_MISSING_STATUS', 'error', message, { file: adr.path, line: adr.lines.status ?? 1 })
}

/** A status field that still holds the template's list of choices: unfinished, not wrong. */
function placeholder(adr: Adr, text: string, adrs: AdrsRules): Finding {
  const first = adrs.statuses[0] ?? 'proposed'
  const message =
    `ADR \`${adr.path}\` still has the template's choices as its status${onLine(adr.lines.status)} ` +
    `(${quoteValue(text)}). Pick one, e.g. ${statusLineExample(adr, first)}; if this file is the template ` +
    'itself, leave it out with `adrs.ignore`.'
  return finding('ADR_STATUS_PLACEHOLDER', 'warning', message, {
    file: adr.path,
    line: adr.lines.status ?? 1,
  })
}

/** A status of more words than a status has: a sentence the reader cannot be sure about. */
const MAX_STATUS_WORDS = 3
/** Longer than any status word in any language: a sentence (Chinese and Japanese write no spaces). */
const MAX_STATUS_CHARS = 24

/**
 * A status text that is not a known word. One to three words read from a status field are certainly
 * the status, so an unknown one is an error that says how to map it (`adrs.status_synonyms`); a longer
 * text is a sentence the reader may have misread, so it is only a warning.
 */
function invalid(adr: Adr, raw: string, adrs: AdrsRules): Finding {
  if (raw.split(/\s+/).length > MAX_STATUS_WORDS || raw.length > MAX_STATUS_CHARS || /\d/.test(raw)) {
    const first = adrs.statuses[0] ?? 'proposed'
    const message =
      `Could not read a status word in ADR \`${adr.path}\`${onLine(adr.lines.status)}: ${quoteValue(raw)}. ` +
      `Start the status with one word, e.g. ${statusLineExample(adr, first)}, and put the explanation after it.`
    return finding('ADR_STATUS_UNREADABLE', 'warning', message, {
      file: adr.path,
      line: adr.lines.status ?? 1,
    })
  }
  const placeholder = looksLikePlaceholder(raw)
  const suggestion = placeholder ? null : suggestStatus(raw, adrs)
  const hint = placeholder
    ? ' It looks like an unfilled template placeholder.'
    : suggestion === null
      ? ''
      : ` Did you mean "${capitalise(suggestion)}"?`
  const synonyms = Object.keys(adrs.status_synonyms)
  const also = synonyms.length > 0 ? ` (or a synonym: ${synonyms.join(', ')})` : ''
  const map = placeholder
    ? ''
    : ` If "${raw}" means one of them in your team, map it in the config: ` +
      `\`adrs.status_synonyms: { ${JSON.stringify(raw.toLowerCase())}: ${suggestion ?? 'accepted'} }\`.`
  const message =
    `ADR \`${adr.path}\` has status ${quoteValue(raw)}${onLine(adr.lines.status)}, which is not one of: ` +
    `${listWords(adrs.statuses)}${also}.${hint} Edit its status line, e.g. ` +
    `${statusLineExample(adr, suggestion ?? adrs.statuses[0] ?? 'proposed')}.${map} ${TEMPLATE_HINT}`
  return finding('ADR_INVALID_STATUS', 'error', message, { file: adr.path, line: adr.lines.status ?? 1 })
}

function withoutLink(adr: Adr): Finding {
  const message =
    `ADR \`${adr.path}\` has status ${quoteValue(adr.rawStatus ?? 'superseded')}${onLine(adr.lines.status)} ` +
    'but does not say which ADR supersedes it. Write the status as ' +
    '`Superseded by [ADR-0012](0012-newer-decision.md)` with the number and file of the newer ADR. ' +
    TEMPLATE_HINT
  // A warning: the successor is often named in prose the reader does not follow.
  return finding('ADR_SUPERSEDED_WITHOUT_LINK', 'warning', message, {
    file: adr.path,
    line: adr.lines.status ?? 1,
  })
}

/**
 * ADR_MISSING_STATUS and ADR_INVALID_STATUS (errors: certain), ADR_STATUS_PLACEHOLDER,
 * ADR_STATUS_UNREADABLE and ADR_SUPERSEDED_WITHOUT_LINK (warnings: unfinished or unsure).
 */
export function validateAdrStatus(adr: Adr, adrs: AdrsRules): Finding[] {
  if (adr.rawStatus === null && adr.statusPlaceholder !== undefined)
    return [placeholder(adr, adr.statusPlaceholder, adrs)]
  if (adr.rawStatus === null) return [missing(adr, adrs)]
  // Checked against the config too, in case the ADR was parsed with other statuses.
  if (adr.status === null || !adrs.statuses.some((s) => s.toLowerCase() === adr.status)) {
    return [invalid(adr, adr.rawStatus, adrs)]
  }
  if (adr.status === 'superseded' && adr.supersededBy === null) return [withoutLink(adr)]
  return []
}
