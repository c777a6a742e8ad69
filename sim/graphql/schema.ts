import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql'

let cached: GraphQLSchema | undefined

/** Finds a file of an installed package by walking up from this module (the package exports no subpaths). */
function packageFile(pkg: string, file: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'node_modules', pkg, file)
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`[sim] Cannot find ${pkg}/${file}; run npm ci.`)
    dir = parent
  }
}

/**
 * GitHub's published GraphQL schema from `@octokit/graphql-schema` (its introspection JSON: the SDL
 * file repeats two fields and fails graphql-js's SDL validation). Built once per process (~0.1 s).
 */
export function githubSchema(): GraphQLSchema {
  if (!cached) {
    const json = JSON.parse(readFileSync(packageFile('@octokit/graphql-schema', 'schema.json'), 'utf8')) as {
      data?: IntrospectionQuery
    } & IntrospectionQuery
    cached = buildClientSchema(json.data ?? json)
  }
  return cached
}
