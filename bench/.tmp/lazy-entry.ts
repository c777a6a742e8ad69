import { readFileSync } from 'node:fs'
import { resolveEvent } from '../../src/action/events.js'
const path = process.env.GITHUB_EVENT_PATH
const event = resolveEvent({ name: process.env.GITHUB_EVENT_NAME ?? '', payload: path ? JSON.parse(readFileSync(path, 'utf8')) : {}, repository: process.env.GITHUB_REPOSITORY ?? '', sha: process.env.GITHUB_SHA ?? '' })
if (event.kind === 'ignored') {
  const core = await import('@actions/core')
  core.info(event.reason)
  core.setOutput('result', 'skipped')
} else {
  const { run } = await import('../../src/action/run.js')
  await run()
}
