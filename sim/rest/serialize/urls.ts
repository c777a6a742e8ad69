/** Where response URLs point: `api` is the simulator itself, `html` is the web UI (github.com by default). */
export interface Urls {
  api: string
  html: string
}
