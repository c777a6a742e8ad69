import {
  getNamedType,
  isCompositeType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

export interface QueryCost {
  /** Points as GitHub documents them: connection requests / 100, rounded, at least 1. */
  points: number
  /** Nodes the query may return at most (GitHub allows 500,000). */
  nodes: number
  /** Problems GitHub reports before running a query (`MISSING_PAGINATION_BOUNDARIES`, …). */
  errors: { type: string; message: string }[]
}

interface Walk {
  schema: GraphQLSchema
  variables: Record<string, unknown>
  fragments: Map<string, FragmentDefinitionNode>
  requests: number
  nodes: number
  maxNodes: number
  errors: QueryCost['errors']
}

/**
 * Computes a query's cost the way GitHub's "rate limits and node limits" page describes it: every
 * connection is assumed to return `first`/`last` items, each one costs a request per parent item,
 * and a connection without `first`/`last` or asking for more than 100 is an error.
 */
export function computeCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  maxNodes: number,
): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def)
  const walk: Walk = { schema, variables, fragments, requests: 0, nodes: 0, maxNodes, errors: [] }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
  if (root) visit(walk, operation.selectionSet, root, 1, 0)
  return { points: Math.max(1, Math.round(walk.requests / 100)), nodes: walk.nodes, errors: walk.errors }
}

function visit(
  w: Walk,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  multiplier: number,
  depth: number,
): void {
  if (depth > 50) return
  for (const selection of set.selections) {
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? w.schema.getType(selection.typeCondition.name.value) : parent
      if (type && isCompositeType(type)) visit(w, selection.selectionSet, type, multiplier, depth + 1)
    } else if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = w.fragments.get(selection.name.value)
      const type = fragment && w.schema.getType(fragment.typeCondition.name.value)
      if (fragment && type && isCompositeType(type))
        visit(w, fragment.selectionSet, type, multiplier, depth + 1)
    } else if ('getFields' in parent) {
      const field = parent.getFields()[selection.name.value]
      if (!field) continue
      const named = getNamedType(field.type)
      let childMultiplier = multiplier
      const isConnection =
        isObjectType(named) && 'pageInfo' in named.getFields() && field.args.some((a) => a.name === 'first')
      if (isConnection) {
        const limit = pageSize(w, selection, field.args, selection.name.value)
        w.requests += multiplier
        w.nodes += multiplier * limit
        childMultiplier = multiplier * limit
        if (w.nodes > w.maxNodes && !w.errors.some((e) => e.type === 'MAX_NODE_LIMIT_EXCEEDED')) {
          w.errors.push({
            type: 'MAX_NODE_LIMIT_EXCEEDED',
            message: `By the time this query traverses to the ${selection.name.value} connection, it is requesting up to ${w.nodes.toLocaleString('en-US')} possible nodes which exceeds the maximum limit of ${w.maxNodes.toLocaleString('en-US')}.`,
          })
        }
      }
      if (selection.selectionSet && isCompositeType(named))
        visit(w, selection.selectionSet, named, childMultiplier, depth + 1)
    }
  }
}

function pageSize(w: Walk, selection: FieldNode, defs: readonly GraphQLArgument[], name: string): number {
  const values: Record<string, unknown> = {}
  for (const arg of selection.arguments ?? []) {
    const def = defs.find((d) => d.name === arg.name.value)
    if (def) values[arg.name.value] = valueFromAST(arg.value, def.type, w.variables)
  }
  const first = values.first as number | null | undefined
  const last = values.last as number | null | undefined
  const key = typeof first === 'number' ? 'first' : typeof last === 'number' ? 'last' : null
  if (!key) {
    w.errors.push({
      type: 'MISSING_PAGINATION_BOUNDARIES',
      message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
    })
    return 0
  }
  const limit = values[key] as number
  if (limit > 100 || limit < 0) {
    w.errors.push({
      type: limit > 100 ? 'EXCESSIVE_PAGINATION' : 'INVALID_PAGINATION',
      message:
        limit > 100
          ? `Requesting ${limit} records on the \`${name}\` connection exceeds the \`${key}\` limit of 100 records.`
          : `\`${key}\` on the \`${name}\` connection cannot be less than zero.`,
    })
    return 100
  }
  return limit
}
