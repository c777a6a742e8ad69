import { isMap, isScalar, LineCounter, type Document, type Node } from 'yaml'
import { ConfigError, type ConfigProblem } from './config-error.js'
import { checkYamlTree } from './check-yaml-tree.js'
import { composeYaml, type OffsetProblem } from './compose-yaml.js'
import { restoreDates } from './restore-dates.js'
import { positionOf } from './yaml-positions.js'

/**
 * 1 MiB: twice a config at the token limit (5,600 teams are 440 KiB); bigger input is refused
 * unread. It also bounds what the token limit cannot see: a quoted scalar of thousands of lines is a
 * single token.
 */
export const MAX_CONFIG_CHARS = 1024 * 1024

/**
 * How far aliases may expand (yaml's `maxAliasCount`): enough for `&defaults`/`*defaults` reuse,
 * far too little for a "billion laughs" bomb.
 */
export const MAX_ALIAS_COUNT = 100

/** A config document that is valid YAML and a mapping, with what is needed to point at its lines. */
export interface LoadedConfigYaml {
  doc: Document
  lineCounter: LineCounter
  data: Record<string, unknown>
}

/**
 * How a read shares its work with the next: `readConfigDocument` then `parseConfig` read the same
 * text (with the base of `_extends` read in between), and yaml's tokenizer and composer are almost
 * all of the cost. `keep` parses and keeps the document for one later `reuse` of the same text;
 * `reuse` takes it (a one-time hand-over, so every `keep` still parses), or parses.
 */
export type ConfigYamlRead = 'keep' | 'reuse'

/**
 * Parses a config file's YAML (1.2 core schema, so `2027-06-30` stays a string) and checks what the
 * schema cannot see: syntax, repeated keys, alias bombs, deep nesting, an empty file or a root that
 * is not a mapping. Throws a `ConfigError` (`CONFIG_YAML_SYNTAX`) listing every problem found.
 * Each call returns its own copy of the data.
 */
export function loadConfigYaml(text: string, file: string, read: ConfigYamlRead): LoadedConfigYaml {
  const index = read === 'reuse' ? kept.findIndex((entry) => entry.text === text) : -1
  if (index !== -1) return copyOf(kept.splice(index, 1)[0] as KeptConfigYaml)
  const entry = { text, ...composeConfigYaml(text, file) }
  if (read === 'keep') {
    kept.unshift(entry)
    kept.length = Math.min(kept.length, MAX_KEPT)
  }
  return copyOf(entry)
}

/** A composed, checked document and its data as yaml returned it (copied by restoreDates per read). */
interface KeptConfigYaml {
  text: string
  doc: Document
  lineCounter: LineCounter
  raw: unknown
}

/** Valid documents kept for a `reuse`, newest first; a few, for loads that interleave (the app's webhooks). */
const kept: KeptConfigYaml[] = []
const MAX_KEPT = 4

function copyOf({ doc, lineCounter, raw }: KeptConfigYaml): LoadedConfigYaml {
  return { doc, lineCounter, data: restoreDates(raw) as Record<string, unknown> }
}

function composeConfigYaml(text: string, file: string): Omit<KeptConfigYaml, 'text'> {
  const lineCounter = new LineCounter()
  const error = (problems: OffsetProblem[], cause?: unknown) =>
    toConfigError(file, lineCounter, problems, cause)
  if (text.length > MAX_CONFIG_CHARS) {
    const kib = Math.ceil(text.length / 1024)
    throw error([
      {
        offset: 0,
        message: `The file is ${kib} KiB; a strategy config may be at most ${MAX_CONFIG_CHARS / 1024} KiB. Is this the right file?`,
      },
    ])
  }
  const { doc, problems } = composeYaml(text, lineCounter)
  if (problems.length > 0) throw error(problems)

  const root = doc.contents as Node | null
  if (root === null || (isScalar(root) && root.value === null && root.source === '')) {
    throw error([{ offset: 0, message: EMPTY_MESSAGE }])
  }
  if (!isMap(root)) throw error([{ offset: root.range?.[0] ?? 0, message: NOT_A_MAPPING_MESSAGE }])
  const tree = checkYamlTree(doc, (node) => positionOf(node, lineCounter).line)
  if (tree.problems.length > 0) {
    throw error(tree.problems.map((p) => ({ offset: p.node.range?.[0] ?? 0, message: p.message })))
  }
  // yaml resolves each alias by scanning the document up to it; past the limit that is quadratic.
  const excess = tree.aliases[MAX_ALIAS_COUNT]
  if (excess !== undefined) throw error([{ offset: excess.range?.[0] ?? 0, message: ALIAS_BOMB_MESSAGE }])
  try {
    return { doc, lineCounter, raw: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown }
  } catch (cause) {
    // yaml throws a ReferenceError when aliases expand past maxAliasCount.
    throw error([{ offset: tree.aliases[0]?.range?.[0] ?? 0, message: ALIAS_BOMB_MESSAGE }], cause)
  }
}

function toConfigError(file: string, lineCounter: LineCounter, problems: OffsetProblem[], cause: unknown) {
  const list = problems.map(({ offset, message }): ConfigProblem => {
    // Before parsing (the size guard) the counter knows no lines yet: report line 1, column 1.
    const { line, col } = lineCounter.linePos(offset)
    return { file, line: Math.max(line, 1), column: Math.max(col, 1), message, code: 'CONFIG_YAML_SYNTAX' }
  })
  return new ConfigError(list, cause === undefined ? undefined : { cause })
}

const EMPTY_MESSAGE =
  'The config is empty. It needs at least a `themes:` list, e.g. `themes: [{ id: developer-velocity, name: Developer Velocity }]`.'

const NOT_A_MAPPING_MESSAGE =
  'The config must be a mapping of keys (`themes:`, `pull_requests:`, …), not a list or a single value. Start the file with `themes:`.'

const ALIAS_BOMB_MESSAGE = `YAML aliases (\`*name\`) here expand to more than ${MAX_ALIAS_COUNT} copies, the shape of a "billion laughs" attack, so the file was not read. Write the values out, or use fewer aliases.`
