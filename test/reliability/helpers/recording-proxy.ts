import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  /** Path and query, decoded (`/repos/acme/api/contents/docs/adr/0001.md?ref=…`). */
  url: string
  /** The request body (GraphQL queries and their variables), once it has been sent; '' for none. */
  body: string
}

export interface RecordingProxy {
  url: string
  requests: RecordedRequest[]
  close(): Promise<void>
}

/**
 * A pass-through HTTP proxy in front of the simulator that records every request line, so a test can
 * see exactly which files and comments a client touched (the simulator's counters only know routes).
 */
export async function startRecordingProxy(target: string): Promise<RecordingProxy> {
  const upstream = new URL(target)
  const requests: RecordedRequest[] = []
  const forward = (req: IncomingMessage, res: ServerResponse) => {
    const recorded = { method: req.method ?? 'GET', url: decodeURIComponent(req.url ?? '/'), body: '' }
    requests.push(recorded)
    req.on('data', (chunk: Buffer) => (recorded.body += chunk.toString()))
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    out.on('error', () => res.destroy())
    req.pipe(out)
  }
  const server = createServer(forward)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
