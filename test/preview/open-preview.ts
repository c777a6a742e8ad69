import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { renderHtmlPreview } from '../../src/preview/render-html-preview.js'

/** Debian's Chromium, installed by `scripts/ensure-chromium.sh`. */
export const CHROMIUM = '/usr/bin/chromium'

/** Headless, unsandboxed (root in CI), and with every background network feature off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export interface OpenedPreview {
  page: Page
  /** Every URL any page of the context asked for, the preview file included. */
  requests: string[]
  /** Page errors and console errors (a CSP violation is one). */
  problems: string[]
}

/**
 * Writes the preview of `markdown` to `dir`, opens it from `file://` in a fresh context whose every
 * non-file request is refused, and waits until Mermaid has replaced each chart block with an SVG.
 */
export async function openPreview(options: {
  browser: Browser
  dir: string
  name: string
  markdown: string
  title?: string
  width?: number
}): Promise<OpenedPreview> {
  const file = join(options.dir, `${options.name}.html`)
  writeFileSync(file, renderHtmlPreview({ markdown: options.markdown, title: options.title ?? options.name }))
  const context = await options.browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    deviceScaleFactor: 1,
  })
  const opened = { requests: [] as string[], problems: [] as string[] }
  await watch(context, opened)
  const page = await context.newPage()
  page.on('pageerror', (error) => opened.problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') opened.problems.push(`console error: ${message.text()}`)
  })
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' })
  // A string, evaluated in the page: this project type-checks without the DOM library.
  await page.waitForFunction(
    "Array.from(document.querySelectorAll('pre.mermaid')).every((block) => block.querySelector('svg'))",
    undefined,
    { timeout: 15_000 },
  )
  return { page, ...opened }
}

async function watch(context: BrowserContext, opened: { requests: string[] }): Promise<void> {
  context.on('request', (request) => opened.requests.push(request.url()))
  await context.route('**/*', (route) =>
    route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient'),
  )
}
