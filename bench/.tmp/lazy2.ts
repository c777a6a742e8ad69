import { appendFileSync, readFileSync } from 'node:fs'
import { resolveEvent } from '../../src/action/events.js'
const path = process.env.GITHUB_EVENT_PATH
const event = resolveEvent({ name: process.env.GITHUB_EVENT_NAME ?? '', payload: path ? JSON.parse(readFileSync(path, 'utf8')) : {}, repository: process.env.GITHUB_REPOSITORY ?? '', sha: process.env.GITHUB_SHA ?? '' })
if (event.kind === 'ignored') {
  process.stdout.write(`${event.reason}\n`)
  const out = process.env.GITHUB_OUTPUT
  if (out) appendFileSync(out, `result<<ghadelimiter_x\nskipped\nghadelimiter_x\n`)
} else {
  const { run } = await import('../../src/action/run.js')
  await run()
}
