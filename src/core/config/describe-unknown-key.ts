import type { z } from 'zod'
import type { PathProblem } from './describe-zod-issue.js'
import { allowedKeys, findKeyBelow, schemaAt } from './schema-at-path.js'
import { listValues, suggest } from './suggest.js'
import { formatPath, type PathSegment } from './yaml-positions.js'

/**
 * `CONFIG_UNKNOWN_KEY` for a key the schema does not allow, pointing at the key itself, with the
 * nearest allowed key ("did you mean `status`?") or the place the key belongs, and the allowed keys.
 */
export function describeUnknownKey(
  root: z.ZodType,
  objectPath: readonly PathSegment[],
  key: string,
): PathProblem {
  const info = schemaAt(root, objectPath)
  const keys = info ? allowedKeys(info.schema) : []
  const where =
    objectPath.length === 0 ? 'at the top level of the config' : `in \`${formatPath(objectPath)}\``
  const nearest = suggest(key, keys)
  const elsewhere = nearest === null && info ? findKeyBelow(info.schema, key) : null
  let hint: string
  if (nearest !== null) hint = `Did you mean \`${nearest}\`?`
  else if (elsewhere !== null) {
    const parent = formatPath([...objectPath, ...elsewhere.slice(0, -1)])
    hint = `It belongs under \`${parent}\`: move it there (\`${formatPath([...objectPath, ...elsewhere])}\`).`
  } else hint = 'Remove it, or fix its spelling.'
  return {
    path: [...objectPath, key],
    at: 'key',
    code: 'CONFIG_UNKNOWN_KEY',
    message: `Unknown key \`${key}\` ${where}. ${hint} Allowed keys: ${listValues(keys)}.`,
  }
}
