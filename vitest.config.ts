import { availableParallelism } from 'node:os'
import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Test files that must have the machine to themselves: the three-instance Redis end to end loads
 * every core for a minute, and the rate-limit reliability test times a one-second rate-limit window.
 * They run one at a time after all the others, which run one per core (`npm test` on a 2-core machine:
 * ~5 minutes instead of ~8 with vitest's default of one worker there).
 */
const ALONE = ['test/redis/**/*.test.ts', 'test/reliability/app-rate-limit.test.ts']

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'parallel',
          include: ['test/**/*.test.ts', 'sim/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...ALONE],
          maxWorkers: Math.max(1, availableParallelism()),
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'alone',
          include: ALONE,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
