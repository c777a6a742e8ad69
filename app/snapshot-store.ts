/**
 * Where installation states (src/github/snapshot-cache.ts) live between refreshes: in this process's
 * memory (the default), or in Redis, shared by every instance of the app (redis/redis-snapshot-store.ts).
 */
import type { InstallationState, SnapshotCache } from '../src/github/snapshot-cache.js'

export interface SnapshotStore {
  /** The state of an installation, or undefined when it is cold. */
  get(installationId: number): Promise<InstallationState | undefined>
  /** The installation held for an account (case-insensitive), if any. */
  find(org: string): Promise<{ installationId: number; state: InstallationState } | undefined>
  /** The state of an installation, created empty when cold; `save` it after changing it. */
  open(installationId: number, org: string): Promise<InstallationState>
  /** Keeps a state changed by a refresh (in memory it is already kept). */
  save(installationId: number, state: InstallationState): Promise<void>
  /** Forgets an installation (uninstalled, or suspended). */
  drop(installationId: number): Promise<void>
}

/** The process's own cache as a store. */
export function memoryStore(cache: SnapshotCache): SnapshotStore {
  return {
    get: (id) => Promise.resolve(cache.get(id)),
    find: (org) => Promise.resolve(cache.find(org)),
    open: (id, org) => Promise.resolve(cache.open(id, org)),
    save: () => Promise.resolve(),
    drop: (id) => Promise.resolve(cache.drop(id)),
  }
}
