import { ECOSYSTEMS } from '../manifests/dependency.js'
import { TECHNOLOGY_RINGS } from '../technologies/technology.js'
import { isCalendarDate } from './calendar-date.js'
import { z } from 'zod'
import { digestSchema, themeMetricsSchema } from './glance.schema.js'

/**
 * The strategy config (`.github/strategy.yml`). This schema is the single source of the TypeScript
 * types, the defaults, the JSON Schema in `schema/strategy.schema.json` and `docs/CONFIG.md`
 * (both written by `npm run schemas`; `.describe()` texts become their descriptions).
 * Every object is strict: unknown keys are reported, never dropped.
 */

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lower-case slug: letters, digits and dashes, e.g. "global-scale"')

/**
 * A calendar date `YYYY-MM-DD` that exists (no 2027-02-30). yaml 2 keeps unquoted dates as strings
 * (YAML 1.2); the loader turns YAML 1.1 timestamps back into this form.
 */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 2027-06-30')
  .refine(isCalendarDate, 'must be a real calendar date: check the month (01-12) and the day')

export const themeSchema = z
  .object({
    id: slug.describe('Stable id used in references: `theme:<id>` labels, `Theme: <id>` lines, ADR fields.'),
    name: z
      .string()
      .min(1)
      .describe('Human name, e.g. "Enterprise-Ready Platform". Resolves case-insensitively.'),
    driver: z.string().optional().describe('The business driver behind the theme.'),
    success: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('Success criteria: one sentence or a list.'),
    owner: z.string().optional().describe('Who owns the theme (a person or team handle).'),
    horizon: isoDate.optional().describe('Target date for the theme, YYYY-MM-DD.'),
    status: z
      .enum(['active', 'retired'])
      .default('active')
      .describe('`retired` themes still resolve but get a warning when referenced.'),
    aliases: z.array(z.string().min(1)).default([]).describe('Other names that resolve to this theme.'),
    metrics: themeMetricsSchema,
  })
  .strict()

export const prSourceSchema = z.enum(['label', 'title', 'body', 'branch'])

export const pullRequestsSchema = z
  .object({
    require_theme: z.boolean().default(true).describe('Report pull requests that name no theme.'),
    missing_theme_severity: z
      .enum(['error', 'warning'])
      .default('error')
      .describe('Severity of PR_MISSING_THEME. `error` fails the check in `mode: fail`.'),
    sources: z
      .array(prSourceSchema)
      .min(1)
      .default(['label', 'title', 'body', 'branch'])
      .describe(
        'Where a pull request may name its theme: `theme:<id>` label, `[<id>]` title tag, `Theme: <id>` body line, `theme/<id>/…` branch.',
      ),
    label_prefix: z.string().min(1).default('theme:').describe('Prefix of theme labels.'),
    hold_severity: z
      .enum(['error', 'warning', 'notice'])
      .default('warning')
      .describe('Severity of TECH_HOLD: a pull request adds or upgrades a technology on hold.'),
    retire_severity: z
      .enum(['error', 'warning', 'notice'])
      .default('error')
      .describe('Severity of TECH_RETIRED: a pull request adds or upgrades a retired technology.'),
    exempt: z
      .object({
        labels: z
          .array(z.string())
          .default(['no-theme', 'skip-strategy-check'])
          .describe('Labels that skip the check.'),
        authors: z.array(z.string()).default([]).describe('Logins whose pull requests are skipped.'),
        bots: z
          .boolean()
          .default(true)
          .describe('Skip pull requests opened by bots (dependabot, renovate, …).'),
        drafts: z
          .boolean()
          .default(true)
          .describe('Skip draft pull requests until they are ready for review.'),
        paths: z
          .array(z.string())
          .default([])
          .describe(
            'Globs; a pull request that changes only matching files is skipped, like an exempt label or author.',
          ),
      })
      .strict()
      .prefault({})
      .describe('When the pull request check is skipped.'),
  })
  .strict()

export const adrsSchema = z
  .object({
    paths: z
      .array(z.string().min(1))
      .min(1)
      .default(['docs/adr/**/*.md', 'doc/adr/**/*.md', 'docs/decisions/**/*.md', 'adr/**/*.md'])
      .describe('Globs of ADR files, relative to the repository root.'),
    ignore: z
      .array(z.string())
      .default(['**/README.md', '**/index.md', '**/template.md', '**/*-template.md', '**/_*.md'])
      .describe('Globs of files under the ADR paths that are not ADRs.'),
    statuses: z
      .array(z.string().min(1))
      .min(1)
      .default(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded'])
      .describe('Allowed status words, lower case.'),
    status_synonyms: z
      .record(z.string(), z.string())
      .default({
        approved: 'accepted',
        draft: 'proposed',
        'in review': 'proposed',
        superceded: 'superseded',
        declined: 'rejected',
      })
      .describe('Other words mapped to an allowed status, e.g. `approved: accepted`.'),
    require_theme: z.boolean().default(true).describe('Report ADRs that name no strategic theme.'),
    review_after_days: z
      .number()
      .int()
      .positive()
      .nullable()
      .default(365)
      .describe('An accepted ADR older than this many days without a review date is stale (null: never).'),
  })
  .strict()

/** A `dependency` detector: a package still declared in a version that needs migrating. */
export const dependencyDetectorSchema = z
  .object({
    ecosystem: z
      .enum(ECOSYSTEMS)
      .describe('Where it is declared: npm, pypi, go, maven, gradle, nuget, cargo, docker or actions.'),
    name: z.string().min(1).describe('The package as its ecosystem names it, e.g. `auth-sdk`.'),
    range: z
      .string()
      .min(1)
      .optional()
      .describe('The versions that still need migrating (a semver range such as `<3.0.0`); any when absent.'),
    paths: z
      .array(z.string().min(1))
      .min(1)
      .max(10)
      .optional()
      .describe(
        "Manifests to read instead of the ecosystem's root manifests, e.g. `services/api/package.json`.",
      ),
  })
  .strict()

/** A `file` detector: a path that must be gone (or must exist), optionally by its text. */
export const fileDetectorSchema = z
  .object({
    path: z
      .string()
      .min(1)
      .describe('A path, or a glob whose folder part is literal (`.github/workflows/*.yml`); no `**`.'),
    must: z
      .enum(['absent', 'present'])
      .default('absent')
      .describe(
        '`absent`: a repository with such a file (whose text matches `matches`) is a job; `present`: a repository without one is a job.',
      ),
    matches: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe(
        "A regular expression (JavaScript, multiline) the file's text must match to count as the file.",
      ),
  })
  .strict()

/** How a migration finds its jobs in the code; exactly one kind. */
export const detectorSchema = z
  .object({
    dependency: dependencyDetectorSchema
      .optional()
      .describe('A dependency still declared in a version to leave.'),
    file: fileDetectorSchema.optional().describe('A file that must be gone, or must exist.'),
  })
  .strict()

export const migrationSchema = z
  .object({
    id: slug.describe('Stable id of the migration.'),
    title: z.string().min(1).describe('What is being migrated, e.g. "Move to the new auth SDK".'),
    theme: z.string().optional().describe('Theme id, name or alias the migration serves.'),
    label: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Issues carrying this label are the migration's jobs. Required without `detect`; with `detect` it defaults to `migration:<id>`.",
      ),
    deadline: isoDate.optional().describe('Date all jobs should be done, YYYY-MM-DD.'),
    owner: z.string().optional().describe('Who drives the migration.'),
    // Jobs detected from the code (issue 15): see src/core/detect/.
    detect: detectorSchema
      .optional()
      .describe(
        'Find the jobs in the code: every repository this detector matches on its default branch still needs the migration.',
      ),
    create_issues: z
      .boolean()
      .default(false)
      .describe(
        'Open one job issue per repository the detector matches, close it as completed when it stops matching.',
      ),
    issues_per_refresh: z
      .number()
      .int()
      .positive()
      .max(100)
      .default(20)
      .describe('At most this many job issues are opened per refresh (GitHub limits content creation).'),
    issue_title: z
      .string()
      .min(1)
      .max(200)
      .optional()
      .describe('Title of the job issues; `{repo}` is replaced by the repository name. Default: the title.'),
    issue_body: z
      .string()
      .max(20000)
      .optional()
      .describe('Body of the job issues (Markdown); `{repo}` is replaced by the repository name.'),
    assignees: z
      .array(z.string().min(1))
      .max(10)
      .default([])
      .describe('Logins the job issues are assigned to (nobody by default).'),
  })
  .strict()

export const teamSchema = z
  .object({
    name: z.string().min(1).describe('Team name as shown on the leaderboard.'),
    leader: z.string().optional().describe("Org leader accountable for the team's jobs."),
    repos: z.array(z.string().min(1)).min(1).describe('Globs over repository names (without the owner).'),
    github_team: z
      .string()
      .min(1)
      .optional()
      .describe(
        'The GitHub team slug (`payments` of `@acme/payments`) that CODEOWNERS, Backstage or a custom property name for this team.',
      ),
  })
  .strict()

// --- ownership (issue 15: teams from where ownership already lives) ---
export const OWNERSHIP_SOURCES = ['config', 'property', 'codeowners', 'backstage'] as const

export const ownershipSchema = z
  .object({
    sources: z
      .array(z.enum(OWNERSHIP_SOURCES))
      .min(1)
      .default(['config'])
      .describe(
        "Where a repository's team comes from, first match wins: `config` (`teams:` globs), `property` (a repository custom property), `codeowners` (the default owner `* @org/team` in CODEOWNERS), `backstage` (`spec.owner` of `catalog-info.yaml`).",
      ),
    property: z
      .string()
      .min(1)
      .default('team')
      .describe('The repository custom property that names the team (with `property` in `sources`).'),
  })
  .strict()
// --- end ownership ---

export const leaderboardSchema = z
  .object({
    repository: z
      .string()
      .min(1)
      .default('.github')
      .describe('Repository (in the organisation) that holds the tracking issue.'),
    issue_title: z.string().min(1).default('Strategy leaderboard').describe('Title of the tracking issue.'),
    label: z.string().min(1).default('strategy-trace').describe('Label put on the tracking issue.'),
    pr_window_days: z
      .number()
      .int()
      .positive()
      .max(365)
      .default(90)
      .describe('Merged pull requests counted, in days.'),
    burn_rate_weeks: z
      .number()
      .int()
      .positive()
      .max(52)
      .default(4)
      .describe('Window of the burn rate, in weeks.'),
  })
  .strict()

export const decisionSchema = z
  .object({
    title: z.string().min(1).describe('What was decided, as shown on pull requests.'),
    adr: z
      .string()
      .min(1)
      .describe('Link to the ADR: an https URL, or its path in the repository that holds this config.'),
    affects: z
      .array(z.string().min(1))
      .min(1)
      .describe(
        'Globs (minimatch) of the paths it governs in every repository, relative to the repository root; `!` excludes.',
      ),
    status: z
      .string()
      .min(1)
      .default('accepted')
      .describe('Its status: accepted governs, proposed is under discussion, deprecated/superseded warn.'),
    theme: z.string().optional().describe('Theme id, name or alias the decision serves.'),
    superseded_by: z.string().optional().describe('The decision that replaces it, when superseded.'),
  })
  .strict()

export const technologySchema = z
  .object({
    name: z
      .string()
      .min(1)
      .describe(
        'The package as its ecosystem names it: `moment`, `org.apache.logging.log4j:log4j-core`, `node`.',
      ),
    ecosystem: z
      .enum(ECOSYSTEMS)
      .describe('Where it is declared: npm, pypi, go, maven, gradle, nuget, cargo, docker or actions.'),
    range: z
      .string()
      .min(1)
      .optional()
      .describe('The versions the entry covers (a semver range such as `<3`); all when absent.'),
    ring: z
      .enum(TECHNOLOGY_RINGS)
      .describe('adopt, trial, assess, hold (a warning when added) or retire (an error when added).'),
    theme: z.string().optional().describe('Theme id, name or alias the decision serves.'),
    decision: z.string().optional().describe('Link to the ADR that placed it in its ring.'),
    instead: z.string().optional().describe('The recommended alternative, named in the finding.'),
  })
  .strict()

export const strategyConfigSchema = z
  .object({
    _extends: z
      .string()
      .min(1)
      .optional()
      .describe(
        "Inherit from another repository's config: `.github` (the org's .github repo), `repo`, `owner/repo` or `repo:path.yml`.",
      ),
    themes: z.array(themeSchema).min(1).describe('The strategic themes (3–5 is typical).'),
    pull_requests: pullRequestsSchema.prefault({}).describe('The pull request check.'),
    adrs: adrsSchema.prefault({}).describe('Where ADRs live and what they may say.'),
    decisions: z
      .array(decisionSchema)
      .default([])
      .describe('Org-wide decisions and the paths they govern in every repository (shown on pull requests).'),
    technologies: z
      .array(technologySchema)
      .default([])
      .describe(
        'The approved-technology list: pull requests that add or upgrade a `hold` or `retire` one are reported.',
      ),
    migrations: z.array(migrationSchema).default([]).describe('Migrations tracked on the leaderboard.'),
    teams: z.array(teamSchema).default([]).describe('Teams; a repository no team claims is its own team.'),
    ownership: ownershipSchema
      .prefault({})
      .describe('Where teams come from besides `teams:` (custom property, CODEOWNERS, Backstage), in order.'),
    leaderboard: leaderboardSchema.prefault({}).describe('The cross-repo leaderboard of the app.'),
    digest: digestSchema,
  })
  .strict()

export type StrategyConfig = z.output<typeof strategyConfigSchema>
export type StrategyConfigInput = z.input<typeof strategyConfigSchema>
export type ThemeConfig = z.output<typeof themeSchema>
export type MigrationConfig = z.output<typeof migrationSchema>
export type DetectorConfig = z.output<typeof detectorSchema>
export type DecisionConfig = z.output<typeof decisionSchema>
export type TechnologyConfig = z.output<typeof technologySchema>
export type TeamConfig = z.output<typeof teamSchema>
export type OwnershipConfig = z.output<typeof ownershipSchema>
export type OwnershipSource = (typeof OWNERSHIP_SOURCES)[number]
export type PrSource = z.output<typeof prSourceSchema>
