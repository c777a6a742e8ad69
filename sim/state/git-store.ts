import { gitSha } from './ids.js'

/** One commit: a full snapshot of the repository's files (path → blob sha). */
export interface CommitRecord {
  sha: string
  treeSha: string
  parents: string[]
  message: string
  authorName: string
  authorEmail: string
  date: string
  files: ReadonlyMap<string, string>
}

/** An entry of a git tree, as the trees API lists it. */
export interface TreeEntry {
  name: string
  type: 'blob' | 'tree'
  mode: '100644' | '040000'
  sha: string
  size?: number
}

/** A tree object. Identical directories share one tree, so entries carry names, not full paths. */
export interface TreeRecord {
  sha: string
  entries: TreeEntry[]
}

/**
 * The git objects of one repository: blobs, commits, branches and (computed on demand) trees, with
 * real git object ids, so shas in REST, GraphQL and webhooks agree and change when content changes.
 */
export class GitStore {
  readonly blobs = new Map<string, Buffer>()
  readonly commits = new Map<string, CommitRecord>()
  readonly branches = new Map<string, string>()
  private readonly trees = new Map<string, TreeRecord>()

  putBlob(content: string | Buffer): string {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
    const sha = gitSha('blob', buffer)
    this.blobs.set(sha, buffer)
    return sha
  }

  /** Records a commit of `files` (the whole snapshot) and returns it. Branches are moved by the caller. */
  commit(p: Omit<CommitRecord, 'sha' | 'treeSha'>): CommitRecord {
    const treeSha = this.buildTrees(p.files).sha
    const time = Math.floor(Date.parse(p.date) / 1000)
    const who = `${p.authorName} <${p.authorEmail}> ${time} +0000`
    const parents = p.parents.map((sha) => `parent ${sha}\n`).join('')
    const text = `tree ${treeSha}\n${parents}author ${who}\ncommitter ${who}\n\n${p.message}\n`
    const sha = gitSha('commit', Buffer.from(text))
    const record: CommitRecord = { ...p, sha, treeSha }
    this.commits.set(sha, record)
    return record
  }

  /**
   * The commit a ref names: a branch (`main`, `heads/main`, `refs/heads/main`), `HEAD` (with the
   * default branch given), or a full or abbreviated (≥ 7 characters) commit sha.
   */
  resolve(ref: string, defaultBranch: string): CommitRecord | undefined {
    const name = ref === 'HEAD' ? defaultBranch : ref.replace(/^refs\//, '').replace(/^heads\//, '')
    const branchSha = this.branches.get(name)
    if (branchSha) return this.commits.get(branchSha)
    if (/^[0-9a-f]{40}$/.test(ref)) return this.commits.get(ref)
    if (/^[0-9a-f]{7,39}$/.test(ref)) {
      for (const [sha, commit] of this.commits) if (sha.startsWith(ref)) return commit
    }
    return undefined
  }

  /** The tree with this sha (built when a commit was recorded). */
  tree(sha: string): TreeRecord | undefined {
    return this.trees.get(sha)
  }

  /** The tree of directory `dir` ('' for the root) in `commit`, or undefined when there is none. */
  treeAt(commit: CommitRecord, dir: string): TreeRecord | undefined {
    let tree = this.trees.get(commit.treeSha)
    for (const part of dir.split('/').filter(Boolean)) {
      const entry = tree?.entries.find((e) => e.name === part && e.type === 'tree')
      tree = entry ? this.trees.get(entry.sha) : undefined
    }
    return tree
  }

  /** Builds (and caches) every tree of a snapshot bottom-up, returning the root. */
  private buildTrees(files: ReadonlyMap<string, string>): TreeRecord {
    const dirs = new Map<string, Map<string, { type: 'blob' | 'tree'; sha?: string }>>([['', new Map()]])
    for (const [path, sha] of files) {
      const parts = path.split('/')
      let dir = ''
      for (let i = 0; i < parts.length - 1; i++) {
        const child = dir ? `${dir}/${parts[i]}` : (parts[i] as string)
        if (!dirs.has(child)) dirs.set(child, new Map())
        dirs.get(dir)?.set(parts[i] as string, { type: 'tree' })
        dir = child
      }
      dirs.get(dir)?.set(parts[parts.length - 1] as string, { type: 'blob', sha })
    }
    const depth = (dir: string): number => (dir === '' ? 0 : dir.split('/').length)
    const order = [...dirs.keys()].sort((a, b) => depth(b) - depth(a))
    const shas = new Map<string, string>()
    for (const dir of order) shas.set(dir, this.storeTree(dir, dirs.get(dir) ?? new Map(), shas))
    return this.trees.get(shas.get('') as string) as TreeRecord
  }

  private storeTree(
    dir: string,
    children: Map<string, { type: 'blob' | 'tree'; sha?: string }>,
    shas: Map<string, string>,
  ): string {
    const entries: TreeEntry[] = []
    for (const [name, child] of children) {
      const path = dir ? `${dir}/${name}` : name
      const sha = child.type === 'tree' ? (shas.get(path) as string) : (child.sha as string)
      const size = child.type === 'blob' ? this.blobs.get(sha)?.length : undefined
      entries.push({ name, type: child.type, mode: child.type === 'tree' ? '040000' : '100644', sha, size })
    }
    // git sorts tree entries by name, comparing directories as if their name ended with "/".
    const key = (e: TreeEntry): string => (e.type === 'tree' ? `${e.name}/` : e.name)
    entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
    const body = Buffer.concat(
      entries.flatMap((e) => [
        Buffer.from(`${e.type === 'tree' ? '40000' : '100644'} ${e.name}\0`),
        Buffer.from(e.sha, 'hex'),
      ]),
    )
    const sha = gitSha('tree', body)
    if (!this.trees.has(sha)) this.trees.set(sha, { sha, entries })
    return sha
  }
}
