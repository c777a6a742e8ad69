import { describe, expect, it } from 'vitest'
import { readGoMod } from '../../../src/core/manifests/read-go-mod.js'

const goMod = `module example.com/harbor/ledger

go 1.22

toolchain go1.22.5

require github.com/spf13/cobra v1.8.1 // the CLI

require (
	github.com/jackc/pgx/v5 v5.6.0
	// github.com/lib/pq v1.10.9 was replaced by pgx
	golang.org/x/sync v0.7.0 // indirect
	"github.com/quoted/module" v0.2.0
	golang.org/x/exp v0.0.0-20240613232115-7f521ea00fb8 // indirect
)

replace github.com/jackc/pgx/v5 => ../pgx
`

describe('readGoMod', () => {
  it('reads require lines and blocks, keeping // indirect requirements', () => {
    expect(readGoMod(goMod)).toEqual([
      { ecosystem: 'go', name: 'github.com/spf13/cobra', version: 'v1.8.1', line: 7 },
      { ecosystem: 'go', name: 'github.com/jackc/pgx/v5', version: 'v5.6.0', line: 10 },
      { ecosystem: 'go', name: 'golang.org/x/sync', version: 'v0.7.0', line: 12 },
      { ecosystem: 'go', name: 'github.com/quoted/module', version: 'v0.2.0', line: 13 },
      { ecosystem: 'go', name: 'golang.org/x/exp', version: 'v0.0.0-20240613232115-7f521ea00fb8', line: 14 },
    ])
  })

  it('returns [] for text that is not go.mod', () => {
    expect(readGoMod('{ "require": "x" }\nrequire\n')).toEqual([])
  })
})
