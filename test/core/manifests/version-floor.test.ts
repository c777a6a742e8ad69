import { describe, expect, it } from 'vitest'
import type { Ecosystem } from '../../../src/core/manifests/dependency.js'
import { versionFloor, versionRange } from '../../../src/core/manifests/version-floor.js'

describe('versionFloor', () => {
  it.each<[Ecosystem, string | null, string | null]>([
    ['npm', '^1.2.3', '1.2.3'],
    ['npm', '>=2 <3', '2.0.0'],
    ['npm', 'latest', null],
    ['pypi', '~=1.4', '1.4.0'],
    ['pypi', '>=1.26,!=1.27.0', '1.26.0'],
    ['pypi', '2.0.0rc1', '2.0.0-rc1'],
    ['cargo', '1', '1.0.0'],
    ['go', 'v0.0.0-20240613232115-7f521ea00fb8', '0.0.0-20240613232115-7f521ea00fb8'],
    ['maven', '5.3.31.RELEASE', '5.3.31'],
    ['maven', '[1.19,2.0)', '1.19.0'],
    ['nuget', '13.0.3', '13.0.3'],
    ['docker', '20.15-alpine', '20.15.0'],
    ['docker', 'bookworm', null],
    ['docker', '20240612', '20240612.0.0'],
    ['docker', 'sha256:fedcba9876543210', null],
    ['actions', 'v4', '4.0.0'],
    ['actions', '1e60f620b9541d16bece96c5d1ff5cfd7b4b7e8c', null],
    ['actions', null, null],
  ])('%s %j → %j', (ecosystem, version, floor) => {
    expect(versionFloor(ecosystem, version)?.version ?? null).toBe(floor)
  })
})

describe('versionRange', () => {
  it.each<[Ecosystem, string, string | null]>([
    ['npm', '^1.2.3', '>=1.2.3 <2.0.0-0'],
    ['pypi', '==3.0.*', '>=3.0.0 <3.1.0-0'],
    ['pypi', '~=2.0.1', '>=2.0.1 <2.1.0-0'],
    ['cargo', '0.12', '>=0.12.0 <0.13.0-0'],
    ['maven', '2.23.1', '2.23.1'],
    ['maven', '[1.0,2.0)', null],
    ['docker', '3.12-slim', null],
  ])('%s %j → %j', (ecosystem, version, range) => {
    expect(versionRange(ecosystem, version)).toBe(range)
  })
})
