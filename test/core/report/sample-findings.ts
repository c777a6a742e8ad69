import { finding, type Finding } from '../../../src/core/findings.js'

/** Findings as the ADR validators word them, for the rendering tests (the core's ADR rules are tested elsewhere). */
export const ADR_FINDINGS: Finding[] = [
  finding(
    'ADR_INVALID_STATUS',
    'error',
    'ADR docs/adr/0007-cache.md has status "Aproved", which is not one of: proposed, accepted, rejected, deprecated, superseded. Edit its "Status:" line, e.g. "Status: Accepted".',
    { file: 'docs/adr/0007-cache.md', line: 3, column: 13 },
  ),
  finding(
    'ADR_SUPERSEDED_WITHOUT_LINK',
    'error',
    'ADR docs/adr/0003-queues.md is "Superseded" but does not say by which ADR. Write "Superseded by [ADR-0012](0012-streams.md)".',
    { file: 'docs/adr/0003-queues.md', line: 5, column: 1 },
  ),
  finding(
    'ADR_MISSING_THEME',
    'warning',
    'ADR docs/adr/0009-sso.md names no strategic theme. Add a line "**Strategic Theme**: enterprise-ready" under the title.',
    { file: 'docs/adr/0009-sso.md', line: 1 },
  ),
  finding(
    'ADR_REVIEW_OVERDUE',
    'notice',
    'ADR docs/adr/0001-record-decisions.md was due for review on 2025-01-31. Review it and update its "Review Date:" line.',
    { file: 'docs/adr/0001-record-decisions.md', line: 7, column: 1 },
  ),
]
