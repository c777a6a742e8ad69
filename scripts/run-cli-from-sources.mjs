// Runs the CLI from its TypeScript sources (src/cli/run-cli.ts) through tsx, for development and the
// tests: changes to src/ show at once, with no rebuild. Users run bin/strategy-trace.cjs, the bundle in
// dist/cli/ (`npm run build:cli`). Run: npm run cli -- check . (or node scripts/run-cli-from-sources.mjs).
import { tsImport } from 'tsx/esm/api'

await tsImport('../src/cli/run-cli.ts', import.meta.url)
