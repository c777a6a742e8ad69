import { describe, expect, it } from 'vitest'
import { parseRequirement } from '../../../src/core/manifests/parse-requirement.js'
import { readPyproject } from '../../../src/core/manifests/read-pyproject.js'
import { readRequirements } from '../../../src/core/manifests/read-requirements.js'

const requirements = `# Runtime requirements of the billing worker
-r base.txt
-c constraints.txt
--index-url https://pypi.internal.example/simple

Django==4.2.16            # LTS until 2026
celery[redis]>=5.3,<6
requests ~= 2.32
psycopg2-binary ; sys_platform != "win32"
numpy>=1.26 ; python_version >= "3.10"
urllib3 (>=2.0)
internal-tools @ git+https://git.example/tools.git@v1.4#egg=internal-tools
gunicorn==22.0.0 \\
    --hash=sha256:abcdef
-e ./libs/ledger
https://files.example/wheel-1.0-py3-none-any.whl
`

describe('readRequirements', () => {
  it('reads PEP 508 lines and skips comments, options and bare URLs', () => {
    expect(readRequirements(requirements)).toEqual([
      { ecosystem: 'pypi', name: 'Django', version: '4.2.16', line: 6 },
      { ecosystem: 'pypi', name: 'celery', version: '>=5.3,<6', line: 7 },
      { ecosystem: 'pypi', name: 'requests', version: '~=2.32', line: 8 },
      { ecosystem: 'pypi', name: 'psycopg2-binary', version: null, line: 9 },
      { ecosystem: 'pypi', name: 'numpy', version: '>=1.26', line: 10 },
      { ecosystem: 'pypi', name: 'urllib3', version: '>=2.0', line: 11 },
      { ecosystem: 'pypi', name: 'internal-tools', version: null, line: 12 },
      { ecosystem: 'pypi', name: 'gunicorn', version: '22.0.0', line: 13 },
    ])
  })

  it('returns [] for text that is not requirements', () => {
    expect(readRequirements('<html>\n{"a": 1}\n!!!\n')).toEqual([])
  })
})

describe('parseRequirement', () => {
  it.each([
    ['flask', { name: 'flask', version: null }],
    ['flask===3.0.3', { name: 'flask', version: '3.0.3' }],
    ['flask==3.0.*', { name: 'flask', version: '==3.0.*' }],
    ['flask>=3,!=3.0.1', { name: 'flask', version: '>=3,!=3.0.1' }],
    ['zope.interface>=6', { name: 'zope.interface', version: '>=6' }],
  ])('reads %j', (text, expected) => {
    expect(parseRequirement(text)).toEqual(expected)
  })

  it('rejects text that is not a requirement', () => {
    expect(parseRequirement('not a requirement')).toBeNull()
  })
})

const pyproject = `[build-system]
requires = ["hatchling>=1.24"]
build-backend = "hatchling.build"

[project]
name = "ledger-api"
requires-python = ">=3.11"
dependencies = [
  "fastapi>=0.111,<1",
  "pydantic==2.8.2",
  "sqlalchemy[asyncio]~=2.0",
]

[project.optional-dependencies]
observability = ["opentelemetry-sdk>=1.25"]

[dependency-groups]
test = ["pytest>=8.2", { include-group = "lint" }]
lint = ["ruff==0.5.0"]
`

const poetry = `[tool.poetry]
name = "reporting"
version = "0.9.0"

[tool.poetry.dependencies]
python = "^3.11"
pandas = "^2.2"
boto3 = { version = ">=1.34", optional = true }
private-lib = { git = "https://git.example/private-lib.git" }

[tool.poetry.group.dev.dependencies]
black = "24.4.2"
`

describe('readPyproject', () => {
  it('reads [project] dependencies, optional dependencies and dependency groups', () => {
    expect(readPyproject(pyproject)).toEqual([
      { ecosystem: 'pypi', name: 'fastapi', version: '>=0.111,<1', line: 9 },
      { ecosystem: 'pypi', name: 'pydantic', version: '2.8.2', line: 10 },
      { ecosystem: 'pypi', name: 'sqlalchemy', version: '~=2.0', line: 11 },
      { ecosystem: 'pypi', name: 'opentelemetry-sdk', version: '>=1.25', line: 15 },
      { ecosystem: 'pypi', name: 'pytest', version: '>=8.2', line: 18 },
      { ecosystem: 'pypi', name: 'ruff', version: '0.5.0', line: 19 },
    ])
  })

  it('reads Poetry dependencies and groups, skipping python', () => {
    expect(readPyproject(poetry)).toEqual([
      { ecosystem: 'pypi', name: 'pandas', version: '^2.2', line: 7 },
      { ecosystem: 'pypi', name: 'boto3', version: '>=1.34', line: 8 },
      { ecosystem: 'pypi', name: 'private-lib', version: null, line: 9 },
      { ecosystem: 'pypi', name: 'black', version: '24.4.2', line: 12 },
    ])
  })

  it.each([['[project\ndependencies = ["x"]'], ['dependencies = [ "a", '], ['= 1'], ['']])(
    'returns [] for %j',
    (text) => {
      expect(readPyproject(text)).toEqual([])
    },
  )
})
