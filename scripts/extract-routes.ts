/**
 * Extracts the compact REST route table the simulator matches requests against (`sim/routes.json`)
 * from GitHub's OpenAPI description in `@octokit/openapi`. The package unpacks to ~400 MB, so the
 * simulator never loads it at run time; this script runs when the package is upgraded.
 *
 *   npm run routes           # rewrite sim/routes.json
 *   npm run check:routes     # exit 1 when sim/routes.json differs from the installed description
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const
const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const target = join(root, 'sim', 'routes.json')

interface OpenApi {
  paths: Record<string, Partial<Record<string, { operationId?: string }>>>
}

/** Route table rows: `[METHOD, path template, operationId]`, sorted by path then method. */
function extract(spec: OpenApi): [string, string, string][] {
  const rows: [string, string, string][] = []
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (operation) rows.push([method.toUpperCase(), path, operation.operationId ?? ''])
    }
  }
  return rows.sort((a, b) => (a[1] === b[1] ? a[0].localeCompare(b[0]) : a[1] < b[1] ? -1 : 1))
}

/** One row per line so diffs of upgrades stay readable. */
function render(source: string, rows: [string, string, string][]): string {
  const lines = rows.map((row) => '    ' + JSON.stringify(row))
  return `{\n  "source": ${JSON.stringify(source)},\n  "routes": [\n${lines.join(',\n')}\n  ]\n}\n`
}

function main(): void {
  const require = createRequire(import.meta.url)
  const pkgDir = dirname(require.resolve('@octokit/openapi/package.json'))
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }
  const spec = JSON.parse(readFileSync(join(pkgDir, 'generated', 'api.github.com.json'), 'utf8')) as OpenApi
  const source = `@octokit/openapi@${pkg.version} generated/api.github.com.json`
  const rows = extract(spec)
  const text = render(source, rows)
  if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(target, 'utf8')
    } catch {
      // A missing table is reported like a stale one.
    }
    if (current !== text) {
      console.error(
        `sim/routes.json does not match ${source} (${rows.length} operations). Run \`npm run routes\` and commit the result.`,
      )
      process.exit(1)
    }
    console.log(`sim/routes.json matches ${source}: ${rows.length} operations.`)
    return
  }
  writeFileSync(target, text)
  console.log(`Wrote sim/routes.json: ${rows.length} operations from ${source}.`)
}

main()
