/** Reads a V8 `.cpuprofile` (from `node --cpu-prof`) into the few lines a report needs. */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}

interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface ProfileSummary {
  totalMs: number
  /** Self time by function, largest first. */
  top: { name: string; ms: number }[]
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame
  const file = url ? url.split('/').slice(-1)[0] : ''
  return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`
}

/** Self time by function of the only `.cpuprofile` in `dir`. */
export async function summariseProfile(dir: string, limit = 6): Promise<ProfileSummary> {
  const file = (await readdir(dir)).find((name) => name.endsWith('.cpuprofile'))
  if (!file) throw new Error(`[bench] No .cpuprofile was written to ${dir}.`)
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)
    const us = profile.timeDeltas[i] ?? 0
    if (!node) return
    total += us
    const name = frameName(node)
    self.set(name, (self.get(name) ?? 0) + us)
  })
  const top = [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 }))
  return { totalMs: Math.round(total / 100) / 10, top }
}

/** `compileSourceTextModule 37.2 ms, (anonymous) index.js:1 21.4 ms, …` */
export function formatProfile(summary: ProfileSummary): string {
  return summary.top.map((entry) => `\`${entry.name}\` ${entry.ms} ms`).join(', ')
}
