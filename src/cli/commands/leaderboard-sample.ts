import { createActionOctokit } from '../../action/create-octokit.js'
import type { Logger } from '../../core/logger.js'
import type { GatewayOctokit } from '../../github/octokit-types.js'

/** A sample organisation served by the GitHub simulator in this process. */
export interface SampleOrg {
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
export async function openSampleOrg(name: 'demo', logger: Logger): Promise<SampleOrg> {
  const { startSimulator } = await import('../../../sim/index.js')
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
