import type { ActionCore, AnnotationProperties } from '../../src/action/action-core.js'
import type { Severity } from '../../src/core/findings.js'

export interface RecordedAnnotation {
  severity: Severity
  message: string
  properties: AnnotationProperties | undefined
}

/** A recording stand-in for `@actions/core` (typescript-action's `__fixtures__/core.ts`). */
export interface FakeCore extends ActionCore {
  inputs: Record<string, string>
  outputs: Record<string, unknown>
  annotations: RecordedAnnotation[]
  logs: string[]
  failed: string[]
  summaries: string[]
}

export function createFakeCore(inputs: Record<string, string> = {}): FakeCore {
  let pending = ''
  const fake: FakeCore = {
    inputs: { token: 'test-token', ...inputs },
    outputs: {},
    annotations: [],
    logs: [],
    failed: [],
    summaries: [],
    getInput: (name) => fake.inputs[name] ?? '',
    getBooleanInput(name) {
      const value = fake.inputs[name] ?? ''
      if (['true', 'True', 'TRUE'].includes(value)) return true
      if (['false', 'False', 'FALSE'].includes(value)) return false
      throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}`)
    },
    setOutput: (name, value) => void (fake.outputs[name] = value),
    setFailed: (message) => void fake.failed.push(message),
    debug: () => {},
    info: (message) => void fake.logs.push(message),
    notice: (message, properties) => void fake.annotations.push({ severity: 'notice', message, properties }),
    warning: (message, properties) =>
      void fake.annotations.push({ severity: 'warning', message, properties }),
    error: (message, properties) => void fake.annotations.push({ severity: 'error', message, properties }),
    summary: {
      addRaw(text: string) {
        pending += text
        return this
      },
      async write() {
        fake.summaries.push(pending)
        pending = ''
      },
    },
  }
  return fake
}
