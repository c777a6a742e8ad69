import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderHtmlPreview } from '../../src/preview/render-html-preview.js'
import { noCommentReason, renderAnnotations, type PullOutcome } from './run-action-demo.js'

/** Files of an earlier run that this run rewrites (other files in the folder are left alone). */
const OURS =
  /^(pr-\d+-(comment\.md|summary\.md|annotations\.txt)|leaderboard(-before)?\.md|leaderboard\.html|digest-preview\.md)$/

/**
 * Writes what the demo showed into `dir`: per pull request the sticky comment (or why there is none),
 * the job summary and the annotations; the leaderboard before and after the issue changes, and the
 * final one as a self-contained HTML preview, and a preview of the weekly digest. Returns the paths written, in order.
 */
export async function writeDemoOutput(p: {
  dir: string
  org: string
  pulls: readonly PullOutcome[]
  board: { before: string; after: string }
  /** The weekly digest the app would post (off in the sample config). */
  digest?: string
}): Promise<string[]> {
  await mkdir(p.dir, { recursive: true })
  for (const name of await readdir(p.dir)) if (OURS.test(name)) await rm(join(p.dir, name))
  const files: [string, string][] = []
  for (const pull of p.pulls) {
    const annotations = renderAnnotations(pull.run.annotations)
    files.push(
      [`pr-${pull.number}-comment.md`, pull.comment?.body ?? noCommentNote(pull)],
      [`pr-${pull.number}-summary.md`, pull.run.summary],
      [`pr-${pull.number}-annotations.txt`, `${annotations.join('\n') || 'No annotations.'}\n`],
    )
  }
  const title = `Strategy leaderboard for ${p.org}`
  files.push(
    ['leaderboard-before.md', p.board.before],
    ['leaderboard.md', p.board.after],
    ...(p.digest === undefined ? [] : [['digest-preview.md', p.digest] as [string, string]]),
    ['leaderboard.html', renderHtmlPreview({ markdown: p.board.after, title })],
  )
  for (const [name, text] of files) await writeFile(join(p.dir, name), text)
  return files.map(([name]) => join(p.dir, name))
}

function noCommentNote(pull: PullOutcome): string {
  return `No comment was posted on ${pull.repo}#${pull.number}: ${noCommentReason(pull)}.\n`
}
