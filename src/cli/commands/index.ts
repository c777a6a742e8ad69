import type { CliCommand } from '../cli-types.js'
import { adrCommand } from './adr.js'
import { checkCommand } from './check.js'

/**
 * Every `strategy-trace` command, in the order `--help` lists them. A command is one file in this
 * folder exporting a `CliCommand`; add it here (`leaderboard` comes next).
 */
export const COMMANDS: readonly CliCommand[] = [checkCommand, adrCommand]
