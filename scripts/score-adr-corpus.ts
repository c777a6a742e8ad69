/**
 * `npm run corpus`: the real ADR parser against the hand-labelled corpus of public decision records
 * (test/corpus/adrs). Prints the field-level score, every false error and every miss. Exits 1 when the
 * corpus is not restored or a file's bytes differ from its label's checksum.
 */
import { corpusStatus, FIELDS, readLabels, scoreCorpus } from '../test/corpus/adr-corpus.js'

const labels = readLabels()
const { present, missing, changed } = corpusStatus(labels)
if (missing.length > 0 || changed.length > 0) {
  console.log(
    `The ADR corpus is not restored: ${missing.length} of ${labels.length} files missing, ${changed.length} with other bytes. See test/corpus/adrs/RESTORE.md.`,
  )
  for (const file of changed) console.log(`  checksum differs: ${file}`)
  if (present.length === 0) process.exit(1)
}
const score = scoreCorpus(present)
const percent = (right: number, total: number) => `${((right * 100) / Math.max(total, 1)).toFixed(1)}%`
console.log(`ADR corpus: ${score.files} files from ${score.repos} repositories`)
for (const field of FIELDS) {
  const { right, total } = score.fields[field]
  console.log(`  ${field.padEnd(13)} ${right}/${total}  ${percent(right, total)}`)
}
console.log(`  all fields    ${score.right}/${score.total}  ${percent(score.right, score.total)}`)
const held = scoreCorpus(present.filter((label) => label.heldOut))
if (held.files > 0)
  console.log(
    `  held-out set  ${held.right}/${held.total}  ${percent(held.right, held.total)} (${held.files} files from ${held.repos} repositories added last)`,
  )
console.log(`False errors (error findings the hand label contradicts): ${score.falseErrors.length}`)
for (const e of score.falseErrors)
  console.log(
    `  ${e.file}:${e.line ?? 1} ${e.code} (label: ${JSON.stringify(e.label)}) ${e.message.split('\n')[0]}`,
  )
console.log(`Misses: ${score.misses.length}`)
for (const m of score.misses)
  console.log(
    `  ${m.file} ${m.field}: expected ${JSON.stringify(m.expected)}, read ${JSON.stringify(m.actual)}`,
  )
if (missing.length > 0 || changed.length > 0) process.exit(1)
