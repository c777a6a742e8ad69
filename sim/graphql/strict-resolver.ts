import { GraphQLError, type GraphQLFieldResolver, type GraphQLTypeResolver } from 'graphql'
import type { GqlContext } from './gql-context.js'

/**
 * The simulator's only field resolver. Models are plain objects: a property is the field's value,
 * a function property computes it from the arguments. A field the model lacks is an error naming
 * the field, recorded as a violation, never a silent null.
 */
export const strictFieldResolver: GraphQLFieldResolver<unknown, GqlContext> = (source, args, ctx, info) => {
  if (source !== null && typeof source === 'object' && Object.hasOwn(source, info.fieldName)) {
    const value = (source as Record<string, unknown>)[info.fieldName]
    return typeof value === 'function' ? (value as (a: unknown, c: GqlContext) => unknown)(args, ctx) : value
  }
  const field = `${info.parentType.name}.${info.fieldName}`
  const message = `Field "${field}" is not implemented by the simulator.`
  ctx.rt.recordViolation({ kind: 'unimplemented-field', request: ctx.request, message })
  throw new GraphQLError(message, { extensions: { type: 'NOT_IMPLEMENTED' } })
}

/** Abstract types (Node, Actor, GitObject, SearchResultItem) resolve by the model's `__typename`. */
export const typenameResolver: GraphQLTypeResolver<unknown, GqlContext> = (value) =>
  (value as { __typename?: string } | null)?.__typename
