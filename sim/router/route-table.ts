import { readFileSync } from 'node:fs'

/** A REST operation from GitHub's OpenAPI description. */
export interface RouteInfo {
  method: string
  /** The path template as the description writes it, e.g. `/repos/{owner}/{repo}/issues`. */
  template: string
  operationId: string
}

export interface RouteMatch {
  route: RouteInfo
  params: Record<string, string>
}

interface TrieNode {
  literals: Map<string, TrieNode>
  param?: { name: string; node: TrieNode }
  operations: Map<string, RouteInfo>
}

const newNode = (): TrieNode => ({ literals: new Map(), operations: new Map() })

/** Parameters that may span several segments when they end the path (`contents/docs/adr/1.md`). */
const MULTI_SEGMENT = new Set(['path', 'ref', 'branch'])

/**
 * The route table extracted from GitHub's OpenAPI description (`sim/routes.json`, rebuilt by
 * `npm run routes`). Matching prefers literal segments over parameters, as GitHub's router does
 * (`/issues/comments` is not issue number "comments").
 */
export class RouteTable {
  readonly routes: RouteInfo[]
  private readonly root = newNode()

  constructor(rows: [string, string, string][]) {
    this.routes = rows.map(([method, template, operationId]) => ({ method, template, operationId }))
    for (const route of this.routes) this.add(route)
  }

  /** Loads the committed table next to this module. */
  static load(): RouteTable {
    const file = new URL('../routes.json', import.meta.url)
    const table = JSON.parse(readFileSync(file, 'utf8')) as { routes: [string, string, string][] }
    return new RouteTable(table.routes)
  }

  /** The operation for `method` and a URL path (without query), or null when GitHub has none. */
  match(method: string, path: string): RouteMatch | null {
    const segments = path === '/' ? [] : path.split('/').slice(1)
    const upper = method.toUpperCase()
    let params: Record<string, string> = {}
    let walked = segments
    let found = this.walk(this.root, segments, 0, upper, params)
    // A trailing slash is tolerated, except where it means an empty `path` (`contents/` is the root).
    if (!found && segments.at(-1) === '' && segments.length > 1) {
      params = {}
      walked = segments.slice(0, -1)
      found = this.walk(this.root, walked, 0, upper, params)
    }
    return found ? { route: found, params: namedAsTemplate(found, walked, params) } : null
  }

  /** Whether `METHOD /template` is an operation of the description. */
  has(key: string): boolean {
    const [method, template] = key.split(' ')
    return this.routes.some((r) => r.method === method && r.template === template)
  }

  private add(route: RouteInfo): void {
    let node = this.root
    const segments = route.template === '/' ? [] : route.template.split('/').slice(1)
    for (const segment of segments) {
      const param = /^\{(\w+)\}$/.exec(segment)
      if (param) {
        node.param ??= { name: param[1] as string, node: newNode() }
        node = node.param.node
      } else {
        if (!node.literals.has(segment)) node.literals.set(segment, newNode())
        node = node.literals.get(segment) as TrieNode
      }
    }
    node.operations.set(route.method, route)
  }

  private walk(
    node: TrieNode,
    segments: string[],
    index: number,
    method: string,
    params: Record<string, string>,
  ): RouteInfo | null {
    if (index === segments.length) return node.operations.get(method) ?? null
    const segment = segments[index] as string
    const literal = node.literals.get(segment)
    if (literal) {
      const found = this.walk(literal, segments, index + 1, method, params)
      if (found) return found
    }
    if (!node.param || (segment === '' && !(node.param.name === 'path' && index === segments.length - 1))) {
      return null
    }
    const { name, node: next } = node.param
    params[name] = safeDecode(segment)
    const found = this.walk(next, segments, index + 1, method, params)
    if (found) return found
    const rest = segments.slice(index).join('/')
    if (MULTI_SEGMENT.has(name) && next.operations.has(method) && index < segments.length - 1) {
      params[name] = safeDecode(rest)
      return next.operations.get(method) ?? null
    }
    delete params[name]
    return null
  }
}

/**
 * The trie names a parameter after the first route that reached its position (`/users/{user_id}/…`
 * before `/users/{username}/repos`): give each parameter the name the matched route's template uses.
 */
function namedAsTemplate(
  route: RouteInfo,
  segments: string[],
  params: Record<string, string>,
): Record<string, string> {
  const named: Record<string, string> = {}
  const template = route.template === '/' ? [] : route.template.split('/').slice(1)
  template.forEach((segment, i) => {
    const name = /^\{(\w+)\}$/.exec(segment)?.[1]
    if (name) named[name] = params[name] ?? safeDecode(segments[i] ?? '')
  })
  return named
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
