#!/usr/bin/env node
// Launcher: runs the TypeScript CLI (src/cli) through tsx, so a fresh clone needs no build step.
import { tsImport } from 'tsx/esm/api'

await tsImport('../src/cli/run-cli.ts', import.meta.url)
