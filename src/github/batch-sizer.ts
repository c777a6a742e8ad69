/**
 * How many items the next batched GraphQL query asks for. GitHub cuts off queries that work longer than
 * 10 s and answers partial data when a query hits resource limits
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api), so
 * the size halves after such an answer and grows back by half again after two whole answers in a row:
 * up to just below the size that failed for the next eight whole answers, then up to the configured
 * size again (GitHub's slow spells pass).
 */
export class BatchSizer {
  #size: number
  #ceiling: number
  #streak = 0
  #sinceFailure = 0
  readonly max: number

  constructor(max: number) {
    this.max = Math.max(1, Math.floor(max))
    this.#size = this.max
    this.#ceiling = this.max
  }

  get size(): number {
    return this.#size
  }

  /** A query timed out or came back partly: the next ones ask for half as much. */
  shrink(): void {
    this.#ceiling = Math.max(1, this.#size - Math.max(1, Math.floor(this.#size / 10)))
    this.#size = Math.max(1, Math.floor(this.#size / 2))
    this.#streak = 0
    this.#sinceFailure = 0
  }

  /** A query came back whole. */
  succeed(): void {
    if (++this.#sinceFailure >= 8) this.#ceiling = this.max
    if (this.#size >= this.#ceiling || ++this.#streak < 2) return
    this.#size = Math.min(this.#ceiling, Math.ceil(this.#size * 1.5))
    this.#streak = 0
  }
}
