/**
 * The CLI writes its output straight to the file descriptors (src/cli/process-io.ts), and must lose
 * nothing doing so: partial writes are finished, a full non-blocking pipe (EAGAIN) hands over to the
 * stream in order, and a reader that has gone (EPIPE) ends the output without an error.
 */
import { describe, expect, it } from 'vitest'
import { directWriter } from '../../src/cli/process-io.js'

function failure(code: string): Error {
  return Object.assign(new Error(`${code}: write failed`), { code })
}

/** A stream stand-in that records what it was given. */
function recordingStream() {
  const written: string[] = []
  return { written, stream: () => ({ write: (chunk: string | Uint8Array) => written.push(String(chunk)) }) }
}

describe('directWriter', () => {
  it('finishes partial writes, in order', () => {
    const received: string[] = []
    const write = (_fd: number, data: Uint8Array) => {
      const part = data.subarray(0, 3)
      received.push(Buffer.from(part).toString('utf8'))
      return part.length
    }
    const { stream, written } = recordingStream()
    const out = directWriter(1, stream as never, write)
    out('hello ')
    out('world\n')
    expect(received.join('')).toBe('hello world\n')
    expect(written).toEqual([])
  })

  it('hands the rest of a write, and every later one, to the stream when the pipe is full', () => {
    let calls = 0
    const write = () => {
      calls++
      if (calls === 1) return 2
      throw failure('EAGAIN')
    }
    const { stream, written } = recordingStream()
    const out = directWriter(1, stream as never, write)
    out('abcdef')
    out('ghi')
    expect(written).toEqual(['cdef', 'ghi'])
    expect(calls).toBe(2)
  })

  it('stops quietly when the reader has gone, and rethrows anything else', () => {
    const { stream, written } = recordingStream()
    const gone = directWriter(1, stream as never, () => {
      throw failure('EPIPE')
    })
    expect(() => gone('a')).not.toThrow()
    expect(() => gone('b')).not.toThrow()
    expect(written).toEqual([])
    const broken = directWriter(1, stream as never, () => {
      throw failure('EIO')
    })
    expect(() => broken('a')).toThrow(/EIO/)
  })

  it('writes multi-byte text as UTF-8', () => {
    const bytes: number[] = []
    const out = directWriter(1, recordingStream().stream as never, (_fd, data) => {
      bytes.push(...data)
      return data.length
    })
    out('✅ done — ok\n')
    expect(Buffer.from(bytes).toString('utf8')).toBe('✅ done — ok\n')
  })
})
