import type { AnnotationProperties } from '@actions/core'

/**
 * The part of `@actions/core` the adapter uses. `run()` takes it as a dependency so tests pass a small
 * recording fake instead of patching the module (typescript-action's `__fixtures__/core.ts`).
 */
export interface ActionCore {
  getInput(name: string, options?: { required?: boolean; trimWhitespace?: boolean }): string
  getBooleanInput(name: string, options?: { required?: boolean }): boolean
  setOutput(name: string, value: unknown): void
  setFailed(message: string): void
  debug(message: string): void
  info(message: string): void
  notice(message: string, properties?: AnnotationProperties): void
  warning(message: string, properties?: AnnotationProperties): void
  error(message: string, properties?: AnnotationProperties): void
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> }
}

export type { AnnotationProperties }
