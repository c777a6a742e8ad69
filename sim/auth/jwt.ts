import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { HttpError } from '../router/http-error.js'

export interface AppKeyPair {
  /** PEM, PKCS#1 (`BEGIN RSA PRIVATE KEY`), like the key GitHub lets you download for an app. */
  privateKey: string
  publicKey: string
}

let cached: AppKeyPair | undefined

/** A 2048-bit RSA key pair for a simulated app; generated once per process and reused. */
export function generateAppKeyPair(fresh = false): AppKeyPair {
  if (cached && !fresh) return cached
  const pair = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  })
  if (!fresh) cached = pair
  return pair
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url')

/** Signs an app JWT (RS256) the way Octokit does: `iat` 30 s in the past, valid for 10 minutes. */
export function createAppJwt(
  appId: number | string,
  privateKey: string,
  nowSeconds = Math.floor(Date.now() / 1000),
) {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }))
  const iat = nowSeconds - 30
  const payload = base64url(JSON.stringify({ iat, exp: iat + 600, iss: appId }))
  const signature = sign('RSA-SHA256', Buffer.from(`${header}.${payload}`), createPrivateKey(privateKey))
  return `${header}.${payload}.${base64url(signature)}`
}

/** Whether a bearer token looks like a JWT rather than an opaque token. */
export const looksLikeJwt = (token: string): boolean => /^eyJ[\w-]*\.[\w-]+\.[\w-]+$/.test(token)

/**
 * Verifies an app JWT as GitHub does: RS256 signature by the app's key, `iss` equal to the app id or
 * client id, not expired, `exp` at most 10 minutes ahead and `iat` not in the future (60 s of skew).
 */
export function verifyAppJwt(
  token: string,
  app: { id: number; clientId: string; publicKey: KeyObject | string },
  nowSeconds = Math.floor(Date.now() / 1000),
): void {
  const [header, payload, signature] = token.split('.') as [string, string, string]
  const decode = (part: string): Record<string, unknown> => {
    try {
      return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>
    } catch {
      throw new HttpError(401, 'A JSON web token could not be decoded')
    }
  }
  if (decode(header).alg !== 'RS256') throw new HttpError(401, "'Algorithm' claim must be RS256")
  const claims = decode(payload)
  const key = typeof app.publicKey === 'string' ? createPublicKey(app.publicKey) : app.publicKey
  const valid = verify(
    'RSA-SHA256',
    Buffer.from(`${header}.${payload}`),
    key,
    Buffer.from(signature, 'base64url'),
  )
  if (!valid) throw new HttpError(401, 'A JSON web token could not be decoded')
  if (String(claims.iss) !== String(app.id) && claims.iss !== app.clientId) {
    throw new HttpError(401, `'Issuer' claim ('iss') must be an Integer or the client id of app ${app.id}`)
  }
  const { iat, exp } = claims
  if (typeof exp !== 'number' || exp <= nowSeconds) {
    throw new HttpError(
      401,
      "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    )
  }
  if (exp > nowSeconds + 660)
    throw new HttpError(401, "'Expiration time' claim ('exp') is too far in the future")
  if (typeof iat !== 'number' || iat > nowSeconds + 60) {
    throw new HttpError(
      401,
      "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
    )
  }
}
