import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHROMIUM, launchChromium, openPreview, type OpenedPreview } from './open-preview.js'

const SCREENSHOT = join('demo-output', 'leaderboard-preview.png')
const WIDTH = 1280
const available = existsSync(CHROMIUM)
const mustRun = Boolean(process.env.CI)

if (!available && !mustRun) {
  console.warn(
    `Skipping the leaderboard preview browser test: ${CHROMIUM} is missing. ` +
      'Run `bash scripts/ensure-chromium.sh` (Debian/Ubuntu, as root) to install it; CI always runs this test.',
  )
}

/** The renderer's golden boards that hold a chart. */
const goldenWithCharts = readdirSync('test/golden')
  .filter((name) => /^leaderboard-.*\.md$/.test(name))
  .filter((name) => readFileSync(join('test/golden', name), 'utf8').includes('```mermaid'))

interface DrawnChart {
  /** The SVG's diagram type: `xychart` when drawn, `error` when Mermaid could not parse the block. */
  role: string | null
  lines: number
  labels: string[]
}

/** Each chart block, as Mermaid drew it. */
async function charts(page: Page): Promise<DrawnChart[]> {
  const drawn: DrawnChart[] = []
  for (const svg of await page.locator('main pre.mermaid > svg').all()) {
    drawn.push({
      role: await svg.getAttribute('aria-roledescription'),
      lines: await svg.locator('path').count(),
      labels: await svg.locator('text').allTextContents(),
    })
  }
  return drawn
}

/** The cells of the first table whose first header is "Rank": the first migration's ranked teams. */
async function teamTableRows(page: Page): Promise<string[][]> {
  const table = page
    .locator('main table')
    .filter({ has: page.locator('th').first().getByText('Rank', { exact: true }) })
  const rows: string[][] = []
  for (const row of await table.first().locator('tbody tr').all()) {
    rows.push((await row.locator('td').allTextContents()).map((cell) => cell.trim()))
  }
  return rows
}

describe.skipIf(!available && !mustRun)('leaderboard HTML preview in headless Chromium', () => {
  let browser: Browser
  let workDir: string
  let sample: OpenedPreview

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'strategy-trace-preview-'))
    browser = await launchChromium()
    const markdown = readFileSync('test/fixtures/leaderboard/sample.md', 'utf8')
    sample = await openPreview({
      browser,
      dir: workDir,
      name: 'sample',
      markdown,
      title: 'Strategy leaderboard for acme',
      width: WIDTH,
    })
  }, 30_000)

  afterAll(async () => {
    await browser?.close()
    if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true })
  })

  it('draws every burndown as a Mermaid xychart SVG, not as an error', async () => {
    const drawn = await charts(sample.page)
    expect(drawn).toHaveLength(2)
    for (const chart of drawn) {
      expect(chart.role).toBe('xychart')
      expect(chart.lines).toBeGreaterThan(0)
      expect(chart.labels).toContain('Remaining jobs')
    }
    expect(drawn[0]?.labels).toEqual(expect.arrayContaining(['Jan 5', 'Mar 2', '24']))
  })

  it('shows the ranked team table with its rows and progress bars', async () => {
    const rows = await teamTableRows(sample.page)
    expect(rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Payments', 'ana'],
      ['2', 'Identity', 'li-wei'],
      ['3', 'Search', '—'],
      ['4', 'legacy-billing (repository)', '—'],
    ])
    expect(rows[0]?.[7]).toBe('████████░░ 85%')
    expect(rows[3]?.at(-1)).toBe('⚪ no progress')
  })

  it('hides the marker, folds the decision logs and keeps escaped user text as text', async () => {
    const page = sample.page
    expect(await page.locator('main').innerText()).not.toContain('strategy-trace:leaderboard')
    expect(await page.locator('main li a').first().innerText()).toBe('Adopt Node 20 <everywhere> | now')
    expect(await page.locator('main details summary').first().innerText()).toBe('Decision log (3 ADRs)')
    expect(await page.locator('main details').first().getAttribute('open')).toBeNull()
    expect(await page.locator('main sub').innerText()).toContain('Computed by Strategy Trace')
  })

  it('reaches no network and reports no error', () => {
    expect(sample.requests.filter((url) => !url.startsWith('file:'))).toEqual([])
    expect(sample.requests).toHaveLength(1)
    expect(sample.problems).toEqual([])
  })

  it('saves a full-page screenshot under demo-output/', async () => {
    mkdirSync('demo-output', { recursive: true })
    await sample.page.screenshot({ path: SCREENSHOT, fullPage: true })
    const png = readFileSync(SCREENSHOT)
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect(png.readUInt32BE(16)).toBe(WIDTH)
    expect(png.readUInt32BE(20)).toBeGreaterThan(2000)
  })

  it.each(goldenWithCharts)(
    'draws the charts of the renderer golden %s with no error or request',
    async (name) => {
      const markdown = readFileSync(join('test/golden', name), 'utf8')
      const opened = await openPreview({ browser, dir: workDir, name: name.replace(/\.md$/, ''), markdown })
      const drawn = await charts(opened.page)
      expect(drawn.length).toBe(markdown.split('```mermaid').length - 1)
      expect(drawn.map((chart) => chart.role)).toEqual(drawn.map(() => 'xychart'))
      expect(opened.requests.filter((url) => !url.startsWith('file:'))).toEqual([])
      expect(opened.problems).toEqual([])
      await opened.page.context().close()
    },
  )
})
