import { describe, expect, it } from 'vitest'
import type { CliIo } from '../../src/cli/cli-types.js'
import { COMMANDS } from '../../src/cli/commands/index.js'
import { main } from '../../src/cli/main.js'

function memoryIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd: process.cwd(),
    env: {},
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    today: () => '2026-06-01',
  }
  return io
}

describe('main', () => {
  it.each(COMMANDS.map((entry) => [entry.name, entry] as const))(
    'lazily loads the %s command, whose name and summary match its entry',
    async (_, entry) => {
      const command = await entry.load()
      expect({ name: command.name, summary: command.summary }).toEqual({
        name: entry.name,
        summary: entry.summary,
      })
      expect(command.help).toMatch(new RegExp(`^Usage: strategy-trace ${entry.name}`))
    },
  )

  it('prints usage and exits 2 without a command, and the version with --version', async () => {
    const none = memoryIo()
    expect(await main([], none)).toBe(2)
    expect(none.out).toContain('Usage: strategy-trace <command>')
    const version = memoryIo()
    expect(await main(['--version'], version, '1.2.3')).toBe(0)
    expect(version.out).toBe('1.2.3\n')
  })

  it('names every command when the command is unknown', async () => {
    const io = memoryIo()
    expect(await main(['chek'], io)).toBe(2)
    expect(io.err).toBe(
      `strategy-trace: unknown command "chek". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Run \`strategy-trace --help\`.\n`,
    )
  })
})
