import { describe, expect, it } from 'vitest'
import { readWorkflow } from '../../../src/core/manifests/read-workflow.js'

const workflow = `name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Set up Node
        uses: actions/setup-node@1e60f620b9541d16bece96c5d1ff5cfd7b4b7e8c # v4.0.3
        with:
          node-version: 20
      - uses: ./.github/actions/cache-deps
      - run: npm test
      - uses: github/codeql-action/init@v3
      - uses: docker://alpine:3.20
  release:
    uses: harbor/workflows/.github/workflows/release.yml@v2.1.0
    secrets: inherit
`

describe('readWorkflow', () => {
  it('reads uses: of steps and reusable-workflow jobs, ignoring local actions', () => {
    expect(readWorkflow(workflow)).toEqual([
      { ecosystem: 'actions', name: 'actions/checkout', version: 'v4', line: 7 },
      {
        ecosystem: 'actions',
        name: 'actions/setup-node',
        version: '1e60f620b9541d16bece96c5d1ff5cfd7b4b7e8c',
        line: 9,
      },
      { ecosystem: 'actions', name: 'github/codeql-action', version: 'v3', line: 14 },
      { ecosystem: 'docker', name: 'alpine', version: '3.20', line: 15 },
      { ecosystem: 'actions', name: 'harbor/workflows', version: 'v2.1.0', line: 17 },
    ])
  })

  it('reads the steps of a composite action', () => {
    const action = `name: Cache\nruns:\n  using: composite\n  steps:\n    - uses: actions/cache@v4.0.2\n`
    expect(readWorkflow(action)).toEqual([
      { ecosystem: 'actions', name: 'actions/cache', version: 'v4.0.2', line: 5 },
    ])
  })

  it.each([
    ['jobs:\n  a: [\n'],
    ['jobs: {steps: "x"'],
    ['- just\n- a list'],
    ['jobs:\n  a:\n    steps:\n      - uses: actions/checkout'],
    [''],
  ])('returns [] for %j', (text) => {
    expect(readWorkflow(text)).toEqual([])
  })
})
