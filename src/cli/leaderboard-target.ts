import { createActionOctokit } from '../action/create-octokit.js'
import type { Logger } from '../core/logger.js'
import { createLeaderboardGateway, type LeaderboardGateway } from '../github/leaderboard-gateway.js'
import { createOctokitGateway } from '../github/octokit-gateway.js'
import { addRequestTimeout } from '../github/request-timeout.js'
import type { GatewayOctokit } from '../github/octokit-types.js'
import { UsageError, type CliIo } from './cli-types.js'
import { oneOf } from './parse-cli-args.js'

/** A request that hangs is aborted after this long (and retried). */
const REQUEST_TIMEOUT_MS = 30_000

/** Where the board is read from: a real organisation through a token, or the sample in the simulator. */
export interface LeaderboardTarget {
  org: string
  octokit: GatewayOctokit
  gateway: () => LeaderboardGateway
  /** Who the sample writes as. */
  botLogin?: string
  /** The sample's own date, the default of --today. */
  today?: string
  listing?: 'installation'
  close(): Promise<void>
}

/** Opens `--sample` or `--org` (with GITHUB_TOKEN and GITHUB_API_URL). */
export async function openLeaderboardTarget(
  values: { org?: string; sample?: string },
  io: CliIo,
  logger: Logger,
): Promise<LeaderboardTarget> {
  if (values.sample !== undefined) {
    if (values.org !== undefined) throw new UsageError('use either --org or --sample, not both.')
    const sample = await openSampleOrg(oneOf('sample', values.sample, ['demo'], 'demo'), logger)
    return {
      ...sample,
      listing: 'installation',
      gateway: () => createLeaderboardGateway(sample.octokit, logger),
    }
  }
  const org = values.org ?? io.env.GITHUB_REPOSITORY_OWNER
  if (!org) throw new UsageError('name the organisation with --org, or use --sample demo.')
  const token = io.env.GITHUB_TOKEN
  if (!token)
    throw new UsageError('set GITHUB_TOKEN to a token that can read the organisation, or use --sample demo.')
  const baseUrl = io.env.GITHUB_API_URL || 'https://api.github.com'
  const octokit = addRequestTimeout(createActionOctokit({ token, baseUrl, logger }), REQUEST_TIMEOUT_MS)
  return { org, octokit, gateway: () => createLeaderboardGateway(octokit, logger), close: async () => {} }
}

/**
 * Who the token writes as, to recognise our tracking issue: the sample's app, GitHub's answer for user
 * and app tokens, or `github-actions[bot]` for Actions' job token.
 */
export async function findOwnLogin(
  target: LeaderboardTarget,
  io: CliIo,
  logger: Logger,
): Promise<string | null> {
  if (target.botLogin) return target.botLogin
  const login = await createOctokitGateway(target.octokit, logger).getOwnLogin()
  if (login) return login
  if (io.env.GITHUB_ACTIONS === 'true') return 'github-actions[bot]'
  throw new UsageError('cannot tell who the token writes as; pass --bot-login, e.g. --bot-login my-app[bot].')
}

/** A sample organisation served by the GitHub simulator in this process. */
interface SampleOrg {
  org: string
  octokit: GatewayOctokit
  /** Who the sample's installation token writes as. */
  botLogin: string
  /** The day the sample's data was generated for (`YYYY-MM-DD`): the board's default date. */
  today: string
  close(): Promise<void>
}

/**
 * Starts the simulator with a bundled sample (`demo`: four themes, two migrations, five teams) and
 * returns a client holding the app's installation token. Offline; needs the dev dependencies (the
 * simulator is loaded only here).
 */
async function openSampleOrg(name: 'demo', logger: Logger): Promise<SampleOrg> {
  const { startSimulator } = await import('../../sim/index.js')
  const sim = await startSimulator({ seed: name })
  const org = sim.org?.org ?? 'acme'
  const octokit = createActionOctokit({ token: sim.installationToken(), baseUrl: sim.apiUrl, logger })
  return {
    org,
    octokit,
    botLogin: `${sim.app.slug}[bot]`,
    today: (sim.org?.now ?? new Date().toISOString()).slice(0, 10),
    close: () => sim.stop(),
  }
}
