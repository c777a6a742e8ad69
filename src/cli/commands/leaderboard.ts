import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Logger } from '../../core/logger.js'
import { GitHubError } from '../../github/errors.js'
import type { RepoListingMode } from '../../github/org-snapshot.js'
import { SnapshotCache } from '../../github/snapshot-cache.js'
import { DEFAULT_CONFIG_REPO } from '../../jobs/load-org-config.js'
import { previewDigest } from '../../jobs/post-digest.js'
import { refreshLeaderboard, type RefreshOutcome } from '../../jobs/refresh-leaderboard.js'
import { renderHtmlPreview } from '../../preview/render-html-preview.js'
import { UsageError, type CliCommand, type CliIo } from '../cli-types.js'
import { oneOf, parseCliArgs, readTodayOption } from '../parse-cli-args.js'
import { findOwnLogin, openLeaderboardTarget, type LeaderboardTarget } from '../leaderboard-target.js'
import { isJobToken } from '../../github/app-installations.js'

const HELP = `Usage: strategy-trace leaderboard [--org <org> | --sample demo] [--post] [--digest] [--html <file>] [--today YYYY-MM-DD]

Builds the cross-repository migration leaderboard of an organisation, as the app does, and prints it
as Markdown (a dry run). With --post it creates or updates the tracking issue instead (only when its
body changed). Reads the org config from <org>/.github/.github/strategy.yml.

Options:
  --org <org>            The organisation (or user) to read. Needs a token in GITHUB_TOKEN.
  --sample demo          Use the bundled sample organisation: starts the GitHub simulator in-process,
                         works offline, needs no token.
  --post                 Write the tracking issue instead of printing the board.
  --digest               Print the weekly digest instead of the board (this week's once the configured
                         day has come, else last week's; works without digest: in the config). With
                         --post and digest: configured, the digest is posted as the app posts it.
  --html <file>          Also write a self-contained HTML preview of the board to <file>.
  --today <date>         Compute the board as of this date, default: today.
  --repos <mode>         installation: the repositories the token's app installation covers;
                         owner: every repository of the owner the token can see; auto (default):
                         installation, or owner for a personal token.
  --config-repo <name>   Repository of the org holding .github/strategy.yml (default: ${DEFAULT_CONFIG_REPO}).
  --bot-login <login>    Who the token writes as, to recognise the tracking issue (default: asked of
                         GitHub; in Actions with GITHUB_TOKEN: github-actions[bot]).
  -h, --help             Show this help.

Environment: GITHUB_TOKEN (an installation token of the Strategy Trace app sees the whole
installation; Actions' own GITHUB_TOKEN sees only its repository), GITHUB_API_URL (default
https://api.github.com; GitHub Enterprise: https://HOST/api/v3).

Exit codes: 0 done, 2 usage error, missing or invalid org config, or GitHub unreachable.`

const OPTIONS = {
  org: { type: 'string' },
  sample: { type: 'string' },
  post: { type: 'boolean' },
  digest: { type: 'boolean' },
  html: { type: 'string' },
  today: { type: 'string' },
  repos: { type: 'string' },
  'config-repo': { type: 'string' },
  'bot-login': { type: 'string' },
} as const

type Values = ReturnType<typeof parseCliArgs<typeof OPTIONS>>['values']

/** `strategy-trace leaderboard`: the app's leaderboard from a terminal or a scheduled workflow. */
export const leaderboardCommand: CliCommand = {
  name: 'leaderboard',
  summary: 'Build the migration leaderboard of an org (or the sample org); --post writes the tracking issue',
  help: HELP,
  async run(args, io) {
    const { values, positionals } = parseCliArgs(args, OPTIONS)
    if (values.help) {
      io.stdout(HELP + '\n')
      return 0
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`)
    const listing = oneOf('repos', values.repos, ['installation', 'owner', 'auto'], 'auto')
    const logger = stderrLogger(io)
    const target = await openLeaderboardTarget(values, io, logger)
    try {
      const outcome = await refresh(values, io, logger, target, listing)
      return outcome === null ? 2 : await report(values, io, target, outcome)
    } catch (error) {
      if (!(error instanceof GitHubError)) throw error
      io.stderr(`strategy-trace leaderboard: ${error.message}\n`)
      return 2
    } finally {
      await target.close()
    }
  },
}

/** Runs the app's refresh job once, in full; null (explained) when the org has no usable config. */
async function refresh(
  values: Values,
  io: CliIo,
  logger: Logger,
  target: LeaderboardTarget,
  listing: RepoListingMode,
): Promise<RefreshOutcome | null> {
  const today = readTodayOption(values.today, target.today ? { today: () => target.today as string } : io)
  // Only inside a workflow can the token be a job token (it expires with the job): no request elsewhere.
  const inWorkflow = io.env.GITHUB_ACTIONS === 'true' && !target.listing && listing !== 'owner'
  if (inWorkflow && (await isJobToken(target.octokit)))
    logger.warn(
      `GITHUB_TOKEN is a workflow's job token, which reads only its own repository and public ones, so the board of ${target.org} lacks every other repository. Pass an installation token of the app instead (actions/create-github-app-token; see docs/workflows/leaderboard.yml).`,
    )
  const state = new SnapshotCache().open(0, target.org)
  const ownLogin = values.post ? (values['bot-login'] ?? (await findOwnLogin(target, io, logger))) : null
  const outcome = await refreshLeaderboard({
    gateway: target.gateway(),
    logger,
    state,
    today,
    scope: { kind: 'full' },
    ownLogin,
    configRepo: values['config-repo'] ?? DEFAULT_CONFIG_REPO,
    post: values.post === true,
    listing: target.listing ?? listing,
  })
  if (outcome.body !== null && values.digest && !values.post && outcome.snapshot && state.config) {
    const digest = previewDigest({ snapshot: outcome.snapshot, config: state.config.config, today })
    return { ...outcome, body: digest }
  }
  if (outcome.body !== null) return outcome
  io.stderr(
    `No leaderboard for ${target.org}: ${state.configProblem ?? 'the org config could not be loaded.'}\n`,
  )
  return null
}

/** The markdown to stdout (dry run) or what happened to the tracking issue, plus the HTML preview. */
async function report(values: Values, io: CliIo, target: LeaderboardTarget, outcome: RefreshOutcome) {
  const body = outcome.body ?? ''
  if (values.html) {
    const title = `Strategy leaderboard · ${target.org}`
    await writeFile(resolve(io.cwd, values.html), renderHtmlPreview({ markdown: body, title }))
    io.stderr(`Wrote the HTML preview to ${values.html}.\n`)
  }
  if (!values.post) io.stdout(body)
  else if (outcome.issue)
    io.stderr(`Tracking issue ${outcome.issue.repo}#${outcome.issue.number}: ${outcome.result}.\n`)
  else io.stderr(`Nothing posted (${outcome.result}); see the messages above.\n`)
  return 0
}

/** Progress and problems go to stderr, so stdout carries only the markdown. */
function stderrLogger(io: CliIo): Logger {
  const verbose = Boolean(io.env.STRATEGY_TRACE_DEBUG)
  return {
    debug: (m) => (verbose ? io.stderr(`${m}\n`) : undefined),
    info: (m) => io.stderr(`${m}\n`),
    warn: (m) => io.stderr(`warning: ${m}\n`),
    error: (m) => io.stderr(`error: ${m}\n`),
  }
}
