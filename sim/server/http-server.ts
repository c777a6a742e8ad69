import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Handler } from '../router/context.js'
import type { SimRuntime } from '../runtime.js'
import { handleRequest } from './handle-request.js'

export interface RunningServer {
  server: Server
  port: number
  /** Closes every connection (hung ones included) and stops listening. */
  close(): Promise<void>
}

/** Starts the HTTP server on 127.0.0.1. Hung requests are closed after `rt.faults.hangMs`, so tests never hang. */
export async function startHttpServer(
  rt: SimRuntime,
  handlers: Map<string, Handler>,
  port = 0,
): Promise<RunningServer> {
  const sockets = new Set<Socket>()
  const timers = new Set<NodeJS.Timeout>()
  const hold = (req: IncomingMessage): void => {
    req.resume()
    const timer = setTimeout(() => {
      timers.delete(timer)
      req.socket.destroy()
    }, rt.faults.hangMs)
    timers.add(timer)
  }
  const server = createServer((req, res) => {
    handleRequest({ rt, handlers, hold }, req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ message: `[sim] ${error instanceof Error ? error.message : String(error)}` }))
    })
  })
  server.keepAliveTimeout = 5_000
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
