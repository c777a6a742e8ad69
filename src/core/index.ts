/**
 * The core's public surface: pure functions over data (no I/O). Adapters and use cases may import
 * from here or from the modules directly.
 */
export * from './findings.js'
export * from './types.js'
export type { Logger } from './logger.js'
export { silentLogger } from './logger.js'
export * from './config/config.schema.js'
export { parseConfig, readConfigDocument, type ParseConfigOptions } from './config/parse-config.js'
export {
  ConfigError,
  formatConfigProblem,
  configProblemToFinding,
  type ConfigProblem,
} from './config/config-error.js'
export { DEFAULT_CONFIG_PATH, parseExtends, type ConfigFileRef } from './config/parse-extends.js'
export { resolveTheme, listThemeIds, type ThemeResolution } from './themes/resolve-theme.js'
export { escapeMarkdown, codeSpan } from './markdown/escape-markdown.js'
export { parseAdr } from './adr/parse-adr.js'
export { validateAdr } from './adr/validate-adr.js'
export { validateAdrSet } from './adr/validate-adr-set.js'
export { isAdrPath } from './adr/is-adr-path.js'
export { adrStaticRoots } from './adr/adr-static-roots.js'
export { findThemeReferences, type ThemeReference } from './pull-request/find-theme-references.js'
export { validatePullRequest, type PullRequestValidation } from './pull-request/validate-pull-request.js'
export { findExemption } from './pull-request/find-exemption.js'
export { MARKERS, hasMarker } from './report/markers.js'
export { renderFindingsComment } from './report/render-findings-comment.js'
export { renderAllClearComment } from './report/render-all-clear-comment.js'
export { renderSkippedComment } from './report/render-skipped-comment.js'
export { renderJobSummary } from './report/render-job-summary.js'
export { formatFindingLine } from './report/format-finding-line.js'
export { selectAnnotations } from './report/select-annotations.js'
export { aggregateLeaderboard } from './leaderboard/aggregate-leaderboard.js'
export { renderLeaderboard } from './leaderboard/render-leaderboard.js'
export type * from './leaderboard/leaderboard-types.js'
