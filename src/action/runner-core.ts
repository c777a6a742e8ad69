import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import type { ActionCore } from './action-core.js'

/** The `@actions/core` calls the skip-fast entry makes: read inputs, log, set outputs, fail. */
export type RunnerCore = Pick<ActionCore, 'getInput' | 'getBooleanInput' | 'info' | 'setOutput' | 'setFailed'>

/**
 * Those calls, written to the runner exactly as `@actions/core` 3 writes them, without loading it:
 * `@actions/core` pulls in `@actions/http-client` and undici, which is most of a skipped event's cold
 * start. Outputs go to `GITHUB_OUTPUT` in the heredoc form (`name<<ghadelimiter_<uuid>`), or as a
 * `::set-output` command when the file is not set; a failure is an `::error::` line and exit code 1.
 */
export function createRunnerCore(
  env: Record<string, string | undefined> = process.env,
  write: (text: string) => void = (text) => void process.stdout.write(text),
): RunnerCore {
  const getInput: RunnerCore['getInput'] = (name, options) => {
    const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? ''
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
    return options?.trimWhitespace === false ? value : value.trim()
  }
  return {
    getInput,
    getBooleanInput(name, options) {
      const value = getInput(name, options)
      if (['true', 'True', 'TRUE'].includes(value)) return true
      if (['false', 'False', 'FALSE'].includes(value)) return false
      throw new TypeError(
        `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
          'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
      )
    },
    info: (message) => write(message + EOL),
    setOutput(name, value) {
      const file = env.GITHUB_OUTPUT ?? ''
      if (!file) {
        write(EOL)
        write(`::set-output name=${escapeProperty(name)}::${escapeData(commandValue(value))}${EOL}`)
        return
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
      appendFileSync(file, heredoc(name, commandValue(value)) + EOL, { encoding: 'utf8' })
    },
    setFailed(message) {
      process.exitCode = 1
      write(`::error::${escapeData(message)}${EOL}`)
    },
  }
}

/** `name<<delimiter`, the value, `delimiter`: a random delimiter that neither may contain. */
function heredoc(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: an output contains the delimiter "${delimiter}"`)
  return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}`
}

function commandValue(value: unknown): string {
  if (value === null || value === undefined) return ''
  return typeof value === 'string' || value instanceof String ? String(value) : JSON.stringify(value)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
