import { spawnTimed } from '../spawn-timed.js'
import { median } from '../result.js'
const env = { PATH: process.env.PATH ?? '', GITHUB_EVENT_NAME: 'issues', GITHUB_EVENT_PATH: '/tmp/prof/ev.json', GITHUB_REPOSITORY: 'acme/api', INPUT_TOKEN: 'x', GITHUB_OUTPUT: '/tmp/prof/out', GITHUB_STEP_SUMMARY: '/tmp/prof/sum' }
const files = process.argv.slice(2)
const t: Record<string, number[]> = { floor: [] }
for (let i = 0; i < 15; i++) {
  t.floor!.push((await spawnTimed(process.execPath, ['-e', '0'], env)).wallMs)
  for (const f of files) (t[f] ??= []).push((await spawnTimed(process.execPath, [f], env)).wallMs)
}
for (const [k, v] of Object.entries(t)) console.log(k, median(v).toFixed(1))
