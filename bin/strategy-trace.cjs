#!/usr/bin/env node
// Launcher: runs the bundled CLI, plain CommonJS with no TypeScript loader at run time. dist/cli/ is
// built from src/cli by `npm run build:cli` and committed (CI checks it matches the sources), so a
// fresh clone and the npm package both run it without a build step. First it turns on the code cache
// of dist/cli/code-cache.cjs (src/cli/code-cache.ts), which keeps the compiled bundle between runs in
// the user's cache folder (NODE_DISABLE_COMPILE_CACHE=1 turns it off). No logic here.
'use strict'
const { join } = require('node:path')

const dist = join(__dirname, '..', 'dist', 'cli')
const { cacheFolder, useCodeCache } = require(join(dist, 'code-cache.cjs'))
const home = () => require('node:os').homedir()
useCodeCache(dist, cacheFolder(process.env, process.platform, process.versions, process.arch, home))
require(join(dist, 'run-cli.cjs'))
