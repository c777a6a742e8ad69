import { sortFindings, type Finding, type Severity } from '../findings.js'

/** GitHub shows at most 10 annotations of each severity per step. */
export const MAX_ANNOTATIONS_PER_SEVERITY = 10

export interface AnnotationSelection {
  /** The findings to annotate, sorted; at most 10 per severity. */
  annotations: Finding[]
  /** How many findings of each severity were left out (all of them are in the job summary). */
  omitted: Record<Severity, number>
}

/**
 * Picks the findings to emit as annotations, in the stable order of `sortFindings`, and counts the
 * rest so the adapter can say "N more warnings: see the job summary".
 *
 * @example selectAnnotations(findings).omitted // { error: 0, warning: 3, notice: 0 }
 */
export function selectAnnotations(findings: readonly Finding[]): AnnotationSelection {
  const kept: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  const annotations: Finding[] = []
  for (const f of sortFindings(findings)) {
    if (kept[f.severity] < MAX_ANNOTATIONS_PER_SEVERITY) {
      kept[f.severity]++
      annotations.push(f)
    } else {
      omitted[f.severity]++
    }
  }
  return { annotations, omitted }
}
