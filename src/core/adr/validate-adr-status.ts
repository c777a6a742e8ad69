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
  const where =
    adr.lines.status === undefined ? 'has no status' : `has an empty status${onLine(adr.lines.status)}`
  const message =
    `ADR \`${adr.path}\` ${where}. Add ${statusLineExample(adr, first)}; accepted statuses: ` +
    `${listWords(adrs.statuses)}. ${TEMPLATE_HINT}`
  return finding('ADR_MISSING_STATUS', 'error', message, { file: adr.path, line: adr.lines.status ?? 1 })
}

function invalid(adr: Adr, raw: string, adrs: AdrsRules): Finding {
  const placeholder = looksLikePlaceholder(raw)
  const suggestion = placeholder ? null : suggestStatus(raw, adrs)
  const hint = placeholder
    ? ' It looks like an unfilled template placeholder.'
    : suggestion === null
      ? ''
      : ` Did you mean "${capitalise(suggestion)}"?`
  const synonyms = Object.keys(adrs.status_synonyms)
  const also = synonyms.length > 0 ? ` (or a synonym: ${synonyms.join(', ')})` : ''
  const message =
    `ADR \`${adr.path}\` has status ${quoteValue(raw)}${onLine(adr.lines.status)}, which is not one of: ` +
    `${listWords(adrs.statuses)}${also}.${hint} Edit its status line, e.g. ` +
    `${statusLineExample(adr, suggestion ?? adrs.statuses[0] ?? 'proposed')}. ${TEMPLATE_HINT}`
  return finding('ADR_INVALID_STATUS', 'error', message, { file: adr.path, line: adr.lines.status ?? 1 })
}

function withoutLink(adr: Adr): Finding {
  const message =
    `ADR \`${adr.path}\` has status ${quoteValue(adr.rawStatus ?? 'superseded')}${onLine(adr.lines.status)} ` +
    'but does not say which ADR supersedes it. Write the status as ' +
    '`Superseded by [ADR-0012](0012-newer-decision.md)` with the number and file of the newer ADR. ' +
    TEMPLATE_HINT
  return finding('ADR_SUPERSEDED_WITHOUT_LINK', 'error', message, {
    file: adr.path,
    line: adr.lines.status ?? 1,
  })
}

/** ADR_MISSING_STATUS, ADR_INVALID_STATUS and ADR_SUPERSEDED_WITHOUT_LINK (all errors). */
export function validateAdrStatus(adr: Adr, adrs: AdrsRules): Finding[] {
  if (adr.rawStatus === null) return [missing(adr, adrs)]
  // Checked against the config too, in case the ADR was parsed with other statuses.
  if (adr.status === null || !adrs.statuses.some((s) => s.toLowerCase() === adr.status)) {
    return [invalid(adr, adr.rawStatus, adrs)]
  }
  if (adr.status === 'superseded' && adr.supersededBy === null) return [withoutLink(adr)]
  return []
}
