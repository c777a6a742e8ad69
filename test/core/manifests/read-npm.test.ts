import { describe, expect, it } from 'vitest'
import { readNpm } from '../../../src/core/manifests/read-npm.js'

const packageJson = `{
  "name": "@harbor/checkout-web",
  "version": "3.4.0",
  "private": true,
  "scripts": {
    "moment": "echo not a dependency"
  },
  "dependencies": {
    "react": "^18.3.1",
    "moment": "2.29.4",
    "left-pad": "npm:@harbor/pad@^1.0.0"
  },
  "devDependencies": {
    "typescript": "~5.6.2",
    "react": "18.3.1"
  },
  "optionalDependencies": { "fsevents": "*" },
  "peerDependencies": {
    "react-dom": ">=17 <19"
  }
}
`

describe('readNpm', () => {
  it('reads all four dependency sections with versions as written and their lines', () => {
    expect(readNpm(packageJson)).toEqual([
      { ecosystem: 'npm', name: 'react', version: '^18.3.1', line: 9 },
      { ecosystem: 'npm', name: 'moment', version: '2.29.4', line: 10 },
      { ecosystem: 'npm', name: 'left-pad', version: 'npm:@harbor/pad@^1.0.0', line: 11 },
      { ecosystem: 'npm', name: 'typescript', version: '~5.6.2', line: 14 },
      { ecosystem: 'npm', name: 'react', version: '18.3.1', line: 15 },
      { ecosystem: 'npm', name: 'fsevents', version: '*', line: 17 },
      { ecosystem: 'npm', name: 'react-dom', version: '>=17 <19', line: 19 },
    ])
  })

  it('finds a line even when the whole file is on one line', () => {
    expect(readNpm('{"dependencies":{"express":"^4.19.2"}}')).toEqual([
      { ecosystem: 'npm', name: 'express', version: '^4.19.2', line: 1 },
    ])
  })

  it('gives no version for a non-string value', () => {
    expect(readNpm('{"dependencies":{"odd":{"version":"1"}}}')[0]?.version).toBeNull()
  })

  it.each([['{ "dependencies": { "react": '], ['[]'], ['null'], ['"text"'], [''], ['{"dependencies": []}']])(
    'returns [] for %j',
    (text) => {
      expect(readNpm(text)).toEqual([])
    },
  )
})
