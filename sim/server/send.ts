import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Reply } from '../router/context.js'

let requestCounter = 0

/** Writes a reply with the headers GitHub sends on every answer. */
export function send(res: ServerResponse, reply: Reply, extraHeaders: Record<string, string> = {}): number {
  const status = reply.status ?? 200
  if (res.headersSent || res.destroyed) return status
  const headers: Record<string, string> = {
    'x-github-request-id': `5111:${(++requestCounter).toString(16).toUpperCase().padStart(6, '0')}:SIM`,
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    ...extraHeaders,
    ...reply.headers,
  }
  if (status === 204 || status === 304) {
    res.writeHead(status, headers).end()
  } else if (reply.text !== undefined) {
    res
      .writeHead(status, { 'content-type': reply.contentType ?? 'text/plain; charset=utf-8', ...headers })
      .end(reply.text)
  } else {
    const json = JSON.stringify(reply.body ?? null)
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(json)
  }
  return status
}

/** Reads the request body (up to 25 MB, GitHub's largest accepted payloads are smaller). */
export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > 25 * 1024 * 1024) req.destroy(new Error('Request body too large'))
      else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}
