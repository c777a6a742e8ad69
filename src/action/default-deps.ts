import * as core from '@actions/core'
import { readFile } from 'node:fs/promises'
import { createOctokitGateway } from '../github/octokit-gateway.js'
import { createActionOctokit } from './create-octokit.js'
import type { RunDeps } from './run-deps.js'

/** The real collaborators: `@actions/core`, the process environment, Octokit, the clock. */
export function createDefaultDeps(): RunDeps {
  return {
    core,
    env: process.env,
    readFile: (path) => readFile(path, 'utf8'),
    createGateway: ({ token, baseUrl, logger }) =>
      createOctokitGateway(createActionOctokit({ token, logger, ...(baseUrl ? { baseUrl } : {}) }), logger),
    today: () => new Date().toISOString().slice(0, 10),
  }
}
