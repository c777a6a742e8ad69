/**
 * docker-compose.yml (Redis, three app instances, one public port) and the Dockerfile cannot be run
 * here (no Docker); their shape is checked instead: the services the README promises, every instance
 * on the one Redis with the app's registration, one published port whose nginx upstreams are exactly
 * the instances, and an image that starts the compiled app.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

interface Service {
  build?: string
  image?: string
  command?: string[]
  environment?: Record<string, string>
  ports?: string[]
  volumes?: string[]
  depends_on?: string[] | Record<string, unknown>
}

const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as {
  services: Record<string, Service>
  secrets: Record<string, { file: string }>
}
const nginx = readFileSync('deploy/nginx.conf', 'utf8')
const dockerfile = readFileSync('Dockerfile', 'utf8')
const appServices = Object.entries(compose.services).filter(([, service]) => service.build === '.')

describe('docker-compose.yml: the app as three instances on one Redis', () => {
  it('has Redis, three app instances built from the Dockerfile and one balancer', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app-1', 'app-2', 'app-3', 'redis', 'webhooks'])
    expect(appServices.map(([name]) => name)).toEqual(['app-1', 'app-2', 'app-3'])
    expect(compose.services.redis?.image).toMatch(/^redis:7/)
    // BullMQ's keys must never be evicted.
    expect(compose.services.redis?.command?.join(' ')).toContain('--maxmemory-policy noeviction')
  })

  it('points every instance at that Redis, with the registration from the environment', () => {
    for (const [name, service] of appServices) {
      const env = service.environment ?? {}
      expect(env.REDIS_URL, name).toBe('redis://redis:6379')
      expect(env.APP_ID, name).toMatch(/^\$\{APP_ID/)
      expect(env.WEBHOOK_SECRET, name).toMatch(/^\$\{WEBHOOK_SECRET/)
      expect(env.PRIVATE_KEY_PATH, name).toBe('/run/secrets/strategy-trace-private-key')
      expect(service.ports, `${name} is reached through the balancer only`).toBeUndefined()
      expect(service.depends_on).toHaveProperty('redis')
    }
    expect(compose.secrets['strategy-trace-private-key']?.file).toContain('PRIVATE_KEY_PATH')
  })

  it('publishes one port, whose nginx upstreams are exactly the instances', () => {
    const published = Object.entries(compose.services).filter(([, service]) => service.ports)
    expect(published.map(([name]) => name)).toEqual(['webhooks'])
    const [mapping] = compose.services.webhooks?.ports ?? []
    const containerPort = mapping?.split(':').at(-1)
    expect(nginx).toContain(`listen ${containerPort};`)
    expect(compose.services.webhooks?.volumes).toContain(
      './deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro',
    )
    const upstreams = [...nginx.matchAll(/^\s*server (\S+):(\d+)/gm)].map((m) => `${m[1]}:${m[2]}`)
    expect(upstreams).toEqual(appServices.map(([name]) => `${name}:3000`))
    expect(nginx).toMatch(/proxy_pass http:\/\/strategy_trace;/)
  })

  it('builds an image that compiles the app and starts it with Probot', () => {
    const app = JSON.parse(readFileSync('tsconfig.app.json', 'utf8')) as {
      compilerOptions: { outDir: string }
      include: string[]
    }
    for (const folder of app.include) expect(dockerfile).toContain(`COPY ${folder} ./${folder}`)
    expect(dockerfile).toContain('RUN npm run build:app')
    expect(dockerfile).toContain(`"run", "./${app.compilerOptions.outDir}/app/index.js"`)
    expect(dockerfile).toMatch(/EXPOSE 3000/)
  })
})
