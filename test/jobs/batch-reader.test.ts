import { describe, expect, it } from 'vitest'
import type { FileRead, FolderRead, GitHubGateway } from '../../src/github/gateway.js'
import { createBatchReader } from '../../src/jobs/batch-reader.js'

const repo = { owner: 'acme', repo: 'api' }
const FILES: Record<string, string> = {
  'docs/adr/0001-a.md': '# A',
  'docs/adr/team/0002-b.md': '# B',
  'src/index.ts': 'export {}',
}

/** A gateway over FILES (any ref) that records each batch it is asked for. */
function recordingGateway(fail?: Error) {
  const batches: { files: FileRead[]; folders: FolderRead[] }[] = []
  const gateway: Pick<GitHubGateway, 'readBatch'> = {
    async readBatch(reads) {
      batches.push(reads)
      if (fail) throw fail
      return {
        files: reads.files.map((f) => FILES[f.path] ?? null),
        folders: reads.folders.map((f) =>
          Object.keys(FILES).filter((path) => f.path === '' || path.startsWith(`${f.path}/`)),
        ),
      }
    },
  }
  return { gateway, batches }
}

describe('createBatchReader', () => {
  it('answers every read of one turn with one batch, across refs and repositories', async () => {
    const { gateway, batches } = recordingGateway()
    const reader = createBatchReader(gateway)
    const [base, head] = [reader.at(repo, 'b'.repeat(40)), reader.at(repo, 'h'.repeat(40))]
    const [config, adrs, listed, extended] = await Promise.all([
      base.readFile('docs/adr/0001-a.md'),
      head.readFiles(['docs/adr/0001-a.md', 'missing.md']),
      head.listFilesUnder(['docs/adr', 'adr']),
      reader.readDefault({ owner: 'acme', repo: '.github' }, 'src/index.ts'),
    ])
    expect([config, adrs, listed, extended]).toEqual([
      '# A',
      ['# A', null],
      ['docs/adr/0001-a.md', 'docs/adr/team/0002-b.md'],
      'export {}',
    ])
    expect(batches).toHaveLength(1)
    expect(batches[0]?.files.map((f) => [f.path, f.ref])).toEqual([
      ['docs/adr/0001-a.md', 'b'.repeat(40)],
      ['docs/adr/0001-a.md', 'h'.repeat(40)],
      ['missing.md', 'h'.repeat(40)],
      ['src/index.ts', undefined],
    ])
    expect(head.label).toBe('acme/api@hhhhhhh')
  })

  it('batches reads made after already-resolved awaits, and serves repeats and sub-folders from its cache', async () => {
    const { gateway, batches } = recordingGateway()
    const head = createBatchReader(gateway).at(repo, 'main')
    await head.listFilesUnder(['docs'])
    const afterResolvedAwaits = async () => {
      await Promise.resolve()
      await head.listFilesUnder(['docs/adr/team']) // answered by the `docs` listing
      return head.readFile('src/index.ts')
    }
    const [first, text, again] = await Promise.all([
      head.readFile('docs/adr/0001-a.md'),
      afterResolvedAwaits(),
      head.readFile('docs/adr/0001-a.md'),
    ])
    expect([first, text, again]).toEqual(['# A', 'export {}', '# A'])
    expect(await head.listFilesUnder(['docs/adr/team'])).toEqual(['docs/adr/team/0002-b.md'])
    // One batch for the `docs` listing, one for both files; a read after a *pending* read waits for it.
    expect(batches.map((b) => [b.files.length, b.folders.length])).toEqual([
      [0, 1],
      [2, 0],
    ])
    await head.readFile('docs/adr/0001-a.md')
    expect(await head.listFiles()).toEqual(Object.keys(FILES))
    expect(batches).toHaveLength(3)
  })

  it('passes the folder hint on and rejects every waiter of a failed batch', async () => {
    const failure = new Error('GraphQL is down')
    const { gateway, batches } = recordingGateway(failure)
    const head = createBatchReader(gateway).at(repo, 'main')
    const couldHold = (folder: string) => folder.endsWith('adr')
    const results = await Promise.allSettled([
      head.readFile('a.md'),
      head.listFilesUnder(['docs'], { couldHold }),
    ])
    expect(results).toEqual([
      { status: 'rejected', reason: failure },
      { status: 'rejected', reason: failure },
    ])
    expect(batches[0]?.folders[0]?.descend).toBe(couldHold)
  })
})
