#!/usr/bin/env node
// Launcher: runs the bundled CLI, plain JavaScript with no TypeScript loader at run time. dist/cli/ is
// built from src/cli by `npm run build:cli` and committed (CI checks it matches the sources), so a
// fresh clone and the npm package both run it without a build step. No logic here.
import module from 'node:module'

// Node ≥ 22.1 keeps the compiled bundle in a disk cache (the OS temp folder), so later runs skip
// parsing it; older Node versions lack the function and run as before. NODE_DISABLE_COMPILE_CACHE=1
// turns it off.
module.enableCompileCache?.()

await import('../dist/cli/run-cli.js')
