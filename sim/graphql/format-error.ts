import type { GraphQLError } from 'graphql'

/** A GraphQL error in GitHub's wire shape: top-level `type` for execution errors, `extensions.code` for validation. */
export interface GitHubGraphqlError {
  type?: string
  path?: readonly (string | number)[]
  locations?: readonly { line: number; column: number }[]
  message: string
  extensions?: Record<string, unknown>
}

const UNDEFINED_FIELD = /^Cannot query field "(\w+)" on type "(\w+)"\./

/**
 * Converts a graphql-js error to GitHub's shape. GitHub words an unknown field as
 * `Field 'foo' doesn't exist on type 'Repository'` with `extensions.code: undefinedField`; graphql-js's
 * other validation messages are kept as they are.
 */
export function formatError(error: GraphQLError): GitHubGraphqlError {
  const out: GitHubGraphqlError = { message: error.message }
  const type = error.extensions?.type
  if (typeof type === 'string') out.type = type
  if (error.path) out.path = error.path
  if (error.locations) out.locations = error.locations
  const undefinedField = UNDEFINED_FIELD.exec(error.message)
  if (undefinedField) {
    const [, fieldName, typeName] = undefinedField as unknown as [string, string, string]
    out.message = `Field '${fieldName}' doesn't exist on type '${typeName}'`
    out.extensions = { code: 'undefinedField', typeName, fieldName }
  }
  return out
}
