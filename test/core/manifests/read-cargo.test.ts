import { describe, expect, it } from 'vitest'
import { readCargo } from '../../../src/core/manifests/read-cargo.js'

const cargo = `[package]
name = "ledger-sync"
version = "0.4.2"
edition = "2021"

[dependencies]
serde = { version = "1.0.204", features = ["derive"] }
tokio = { version = "1.38", features = ["full"] }
anyhow = "1"
json = { package = "serde_json", version = "1.0.120" }
ledger-core = { path = "../ledger-core" }
shared = { workspace = true }

[dependencies.reqwest]
version = "0.12.5"
default-features = false

[dev-dependencies]
proptest = "1.5.0"

[target.'cfg(windows)'.dependencies]
winapi = "0.3.9"

[build-dependencies]
cc = "=1.0.106"
`

describe('readCargo', () => {
  it('reads dependency tables in string, inline-table and table forms, renames and target tables', () => {
    expect(readCargo(cargo)).toEqual([
      { ecosystem: 'cargo', name: 'serde', version: '1.0.204', line: 7 },
      { ecosystem: 'cargo', name: 'tokio', version: '1.38', line: 8 },
      { ecosystem: 'cargo', name: 'anyhow', version: '1', line: 9 },
      { ecosystem: 'cargo', name: 'serde_json', version: '1.0.120', line: 10 },
      { ecosystem: 'cargo', name: 'ledger-core', version: null, line: 11 },
      { ecosystem: 'cargo', name: 'shared', version: null, line: 12 },
      { ecosystem: 'cargo', name: 'reqwest', version: '0.12.5', line: 14 },
      { ecosystem: 'cargo', name: 'proptest', version: '1.5.0', line: 19 },
      { ecosystem: 'cargo', name: 'cc', version: '=1.0.106', line: 25 },
      { ecosystem: 'cargo', name: 'winapi', version: '0.3.9', line: 22 },
    ])
  })

  it('finds the line of a dependency under a quoted cfg target', () => {
    const text = `[package]\nname = "a"\n\n[target.'cfg(target_os = "linux")'.dependencies]\nnix = "0.29"\n`
    expect(readCargo(text)).toEqual([{ ecosystem: 'cargo', name: 'nix', version: '0.29', line: 5 }])
  })

  it('reads workspace dependencies', () => {
    const workspace = `[workspace]\nmembers = ["a"]\n\n[workspace.dependencies]\nrand = "0.8.5"\n`
    expect(readCargo(workspace)).toEqual([{ ecosystem: 'cargo', name: 'rand', version: '0.8.5', line: 5 }])
  })

  it.each([['[dependencies\nserde = "1"'], ['serde = '], ['[dependencies]\nserde = "1"\nserde = "2"']])(
    'returns [] for broken TOML %j',
    (text) => {
      expect(readCargo(text)).toEqual([])
    },
  )
})
