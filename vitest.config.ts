import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'sim/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest 4 leaves one core free by default, which on the 2-core CI machines means one test file at a
    // time (483 s); the suite spends most of its time waiting on simulators and child processes, so one
    // fork per core halves that (302 s) without contention failures.
    maxWorkers: availableParallelism(),
  },
})
