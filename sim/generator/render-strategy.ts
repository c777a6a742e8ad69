import type { GeneratedMigration, GeneratedTeam, GeneratedTheme } from './types.js'

/** A YAML scalar: plain when safe, JSON-quoted (valid YAML) otherwise. */
function q(value: string): string {
  return /^[A-Za-z0-9][\w .,()/@+-]*$/.test(value) && !/:\s|\s#|[\s]$/.test(value)
    ? value
    : JSON.stringify(value)
}

const list = (items: string[]): string => `[${items.map(q).join(', ')}]`

/** Renders `.github/strategy.yml` as a person would write it, with comments. */
export function renderStrategyYaml(p: {
  org: string
  themes: GeneratedTheme[]
  migrations: GeneratedMigration[]
  teams: GeneratedTeam[]
}): string {
  const lines = [
    `# Technical strategy of ${p.org}: read by Strategy Trace (https://github.com/${p.org}/.github).`,
    '# Repositories inherit it with `_extends: .github`.',
    '',
    'themes:',
  ]
  for (const t of p.themes) {
    lines.push(`  - id: ${t.id}`, `    name: ${q(t.name)}`, `    driver: ${q(t.driver)}`, '    success:')
    for (const s of t.success) lines.push(`      - ${q(s)}`)
    lines.push(`    owner: ${q(t.owner)}`, `    horizon: ${t.horizon}`)
    if (t.status !== 'active') lines.push(`    status: ${t.status}`)
    if (t.aliases.length > 0) lines.push(`    aliases: ${list(t.aliases)}`)
    if (t.metrics.length > 0) lines.push('    metrics:')
    for (const m of t.metrics)
      lines.push(`      - { name: ${q(m.name)}, current: ${m.current}, target: ${m.target} }`)
  }
  lines.push(
    '',
    'pull_requests:',
    '  missing_theme_severity: error',
    '  exempt:',
    '    labels: [no-theme, dependencies]',
    '',
  )
  lines.push(
    'adrs:',
    `  paths: ${list(['docs/adr/**/*.md', 'doc/adr/**/*.md', 'docs/decisions/**/*.md'])}`,
    '  review_after_days: 365',
    '',
  )
  lines.push('migrations:')
  for (const m of p.migrations) {
    lines.push(
      `  - id: ${m.id}`,
      `    title: ${q(m.title)}`,
      `    theme: ${m.theme}`,
      `    label: ${q(m.label)}`,
    )
    lines.push(`    deadline: ${m.deadline}`, `    owner: ${q(m.owner)}`)
  }
  lines.push('', 'teams:')
  for (const t of p.teams)
    lines.push(`  - name: ${q(t.name)}`, `    leader: ${q(t.leader)}`, `    repos: ${list(t.repos)}`)
  lines.push('', 'leaderboard:', '  repository: .github', '  issue_title: Strategy leaderboard')
  lines.push(
    '',
    '# A weekly digest comment on the tracking issue (off here; see the README):',
    '# digest:',
    '#   day: monday',
    '#   mention_leaders: false',
    '',
  )
  return lines.join('\n')
}
