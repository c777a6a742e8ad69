// Entry point of the bundled Action. It decides the event first, with modules that load nothing
// heavy, and answers an event the Action skips on its own; only an event the Action handles loads
// the rest (Octokit, @actions/core, the core) from dist/chunks/. See skip-event.ts and run.ts.
import { readFile } from 'node:fs/promises'
import { stoppedLine } from './error-line.js'
import { createRunnerCore } from './runner-core.js'
import { answerSkippedEvent } from './skip-event.js'

const core = createRunnerCore()
try {
  const env = process.env
  const skipped = await answerSkippedEvent({ core, env, readFile: (path) => readFile(path, 'utf8') })
  if (!skipped) {
    const { run } = await import('./run.js')
    await run()
  }
} catch (error) {
  core.setFailed(stoppedLine(error))
}
