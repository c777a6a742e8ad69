/** The themes, migrations and teams generated strategies are made of, like a real strategy would name them. */

export interface ThemeSeed {
  id: string
  name: string
  driver: string
  success: string[]
  owner: string
  aliases: string[]
  /** Years from now until the horizon. */
  years: number
  /** Key results shown current vs target on the board. */
  metrics?: { name: string; current: number; target: number }[]
}

export const THEMES: ThemeSeed[] = [
  {
    id: 'enterprise-ready',
    name: 'Enterprise-Ready Platform',
    driver: 'Enter the enterprise market: large customers need SSO, audit trails and compliance reports.',
    success: ['SOC 2 Type II report issued', '10 enterprise customers live'],
    owner: '@vp-platform',
    aliases: ['enterprise', 'Enterprise Readiness'],
    years: 1,
    metrics: [{ name: 'Enterprise customers live', current: 4, target: 10 }],
  },
  {
    id: 'global-scale',
    name: 'Global Scale & Performance',
    driver: 'Half of new sign-ups come from outside Europe and churn when the product feels slow.',
    success: ['p95 API latency < 200 ms in every region', '99.95% monthly availability'],
    owner: '@head-of-infrastructure',
    aliases: ['performance', 'scale'],
    years: 2,
    metrics: [{ name: 'p95 API latency in the slowest region (ms)', current: 340, target: 200 }],
  },
  {
    id: 'developer-velocity',
    name: 'Developer Velocity',
    driver: 'Lead time for changes has doubled in two years; teams wait on builds and releases.',
    success: ['Deploy to production 5× a day', 'Full test suite under 10 minutes'],
    owner: '@director-engineering',
    aliases: ['velocity', 'devex'],
    years: 1,
  },
  {
    id: 'data-driven',
    name: 'Data-Driven Product',
    driver: 'Product bets are argued from opinions; we want them decided by experiments.',
    success: ['100+ experiments shipped a quarter', 'Every team reads its own dashboard weekly'],
    owner: '@vp-product',
    aliases: ['experimentation'],
    years: 2,
  },
  {
    id: 'cost-efficiency',
    name: 'Cost Efficiency',
    driver: 'Cloud spend grows faster than revenue.',
    success: ['Infrastructure cost per customer down 30%'],
    owner: '@cfo-office',
    aliases: ['finops'],
    years: 1,
  },
  {
    id: 'secure-by-default',
    name: 'Secure by Default',
    driver: 'Security reviews block launches late; defaults should make them routine.',
    success: ['No critical findings open longer than 7 days'],
    owner: '@ciso',
    aliases: ['security'],
    years: 2,
  },
]

/** Themes ADRs sometimes name although the strategy does not have them (drift). */
export const UNKNOWN_THEMES = ['cost-savings', 'platform-modernisation', 'mobile-first', 'ai-everywhere']

export interface MigrationSeed {
  id: string
  title: string
  theme: string
  target: string
  owner: string
  /** Days from now until the deadline. */
  days: number
}

export const MIGRATIONS: MigrationSeed[] = [
  {
    id: 'auth-v2',
    title: 'Move every service to the auth v2 SDK',
    theme: 'enterprise-ready',
    target: 'auth v2',
    owner: '@priya-raman',
    days: 135,
  },
  {
    id: 'node-24',
    title: 'Upgrade all services to Node 24',
    theme: 'developer-velocity',
    target: 'Node 24',
    owner: '@marco-rossi',
    days: 75,
  },
  {
    id: 'otel-tracing',
    title: 'Instrument services with OpenTelemetry',
    theme: 'global-scale',
    target: 'OpenTelemetry',
    owner: '@yuki-tanaka',
    days: 200,
  },
  {
    id: 'postgres-16',
    title: 'Upgrade databases to PostgreSQL 16',
    theme: 'global-scale',
    target: 'PostgreSQL 16',
    owner: '@omar-haddad',
    days: 260,
  },
  {
    id: 'flags-v2',
    title: 'Adopt the new feature-flag service',
    theme: 'data-driven',
    target: 'flags v2',
    owner: '@ines-moreau',
    days: 320,
  },
]

export interface TeamSeed {
  name: string
  leader: string
  prefixes: string[]
}

export const TEAMS: TeamSeed[] = [
  { name: 'Payments', leader: '@dana-li', prefixes: ['payments', 'billing'] },
  { name: 'Identity', leader: '@sam-okafor', prefixes: ['identity', 'auth'] },
  { name: 'Platform', leader: '@lena-fischer', prefixes: ['platform', 'infra'] },
  { name: 'Data', leader: '@ravi-shah', prefixes: ['data', 'analytics'] },
  { name: 'Growth', leader: '@mia-chen', prefixes: ['web', 'growth'] },
  { name: 'Mobile', leader: '@jonas-berg', prefixes: ['mobile', 'app'] },
  { name: 'Search', leader: '@aisha-bello', prefixes: ['search', 'catalog'] },
  { name: 'Messaging', leader: '@tom-keller', prefixes: ['notify', 'messaging'] },
  { name: 'Risk', leader: '@nadia-petrova', prefixes: ['risk', 'fraud'] },
  { name: 'Support', leader: '@leo-martin', prefixes: ['support', 'helpdesk'] },
  { name: 'Logistics', leader: '@kofi-mensah', prefixes: ['shipping', 'warehouse'] },
  { name: 'Partners', leader: '@elena-rossi', prefixes: ['partner', 'integrations'] },
]
