/**
 * An installation state as bytes for Redis: JSON with its maps written as entry lists, gzipped (a
 * snapshot of ADR texts compresses about tenfold). Only plain data is stored; nothing is evaluated.
 */
import { gunzipSync, gzipSync } from 'node:zlib'
import type { InstallationState } from '../../src/github/snapshot-cache.js'

const MAP = '__map'

export function encodeState(state: InstallationState): Buffer {
  const json = JSON.stringify(state, (_key, value: unknown) =>
    value instanceof Map ? { [MAP]: [...(value as Map<unknown, unknown>).entries()] } : value,
  )
  return gzipSync(json, { level: 3 })
}

export function decodeState(bytes: Buffer): InstallationState {
  return JSON.parse(gunzipSync(bytes).toString('utf8'), (_key, value: unknown) => {
    if (value && typeof value === 'object' && MAP in value) {
      const entries = (value as Record<string, unknown>)[MAP]
      if (Array.isArray(entries)) return new Map(entries as [unknown, unknown][])
    }
    return value
  }) as InstallationState
}
