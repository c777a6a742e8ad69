/**
 * `npm run corpus:restore`: writes the corpus texts (test/corpus/adrs/files/, git-ignored) back byte for
 * byte from repository snapshots fetched with the search tool's `fetch` (git directories under
 * `$MIRROR_DIR`, default /work/.mirror/<owner>+<repo>/repo), then checks every checksum. Labels marked
 * `via: read_file` and repositories without a snapshot are listed for `read_file` by hand
 * (test/corpus/adrs/RESTORE.md). Exits 1 while any file is missing or differs.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { corpusStatus, FILES_DIR, pathOf, readLabels, repoOf } from '../test/corpus/adr-corpus.js'

const MIRROR = process.env.MIRROR_DIR ?? '/work/.mirror'
const labels = readLabels()
mkdirSync(FILES_DIR, { recursive: true })

/** The git directory of a fetched snapshot: `<owner>+<repo>/repo`, or the folder itself. */
function gitDir(repo: string): string | null {
  const [owner, name] = repo.split('/')
  for (const folder of [`${owner}+${name}`]) {
    const matches = existsSync(MIRROR)
      ? execFileSync('ls', [MIRROR], { encoding: 'utf8' })
          .split('\n')
          .filter((entry) => entry.toLowerCase() === folder.toLowerCase())
      : []
    for (const match of matches) {
      for (const candidate of [join(MIRROR, match, 'repo'), join(MIRROR, match)]) {
        if (existsSync(join(candidate, 'HEAD'))) return candidate
      }
    }
  }
  return null
}

const byHand: string[] = []
const noSnapshot = new Set<string>()
for (const label of labels) {
  const target = join(FILES_DIR, label.file)
  if (label.via === 'read_file') {
    if (!existsSync(target)) byHand.push(`${label.file}  ← read_file ${label.source}`)
    continue
  }
  const dir = gitDir(repoOf(label))
  if (dir === null) {
    noSnapshot.add(repoOf(label))
    continue
  }
  const commit = label.source.split('/')[6] ?? ''
  const path = decodeURIComponent(pathOf(label))
  try {
    const bytes = execFileSync('git', ['--git-dir', dir, 'show', `${commit}:${path}`], {
      maxBuffer: 8 * 1024 * 1024,
    })
    writeFileSync(target, bytes)
  } catch {
    byHand.push(`${label.file}  ← commit ${commit.slice(0, 12)} not in the snapshot of ${repoOf(label)}`)
  }
}

const { present, missing, changed } = corpusStatus(labels)
console.log(`Restored ${present.length} of ${labels.length} corpus files with matching checksums.`)
if (noSnapshot.size > 0)
  console.log(
    `Fetch these repositories first (search tool: fetch github:<owner>/<repo>):\n  ${[...noSnapshot].join('\n  ')}`,
  )
if (byHand.length > 0)
  console.log(`Bring these back with read_file (see RESTORE.md):\n  ${byHand.join('\n  ')}`)
for (const file of changed) console.log(`Checksum differs: ${file}`)
if (missing.length > 0 || changed.length > 0) process.exit(1)
