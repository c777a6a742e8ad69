import type { CliCommand } from '../cli-types.js'

/** A command as `--help` lists it; its module is imported only when it runs, so `check` starts fast. */
export interface CommandEntry {
  name: string
  summary: string
  load(): Promise<CliCommand>
}

/**
 * Every `strategy-trace` command, in the order `--help` lists them. A command is one file in this
 * folder exporting a `CliCommand`; add an entry here (the summary must equal the command's own).
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'check',
    summary: 'Validate the strategy config and every ADR of a working tree',
    load: async () => (await import('./check.js')).checkCommand,
  },
  {
    name: 'adr',
    summary: 'Print what the parser reads from ADR files (--json for machines)',
    load: async () => (await import('./adr.js')).adrCommand,
  },
  {
    name: 'decisions',
    summary: 'List the decisions (ADR affects globs, org decisions) that govern some paths',
    load: async () => (await import('./decisions.js')).decisionsCommand,
  },
  {
    name: 'leaderboard',
    summary:
      'Build the migration leaderboard of an org (or the sample org); --post writes the tracking issue',
    load: async () => (await import('./leaderboard.js')).leaderboardCommand,
  },
]
