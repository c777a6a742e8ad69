/**
 * A whole number as `n.toLocaleString('en')` writes it (`1,000`, `-12,345`), without Intl: its first
 * use starts ICU's number formatting, which costs a CLI cold start several milliseconds, and some of
 * these numbers are in messages built when a module loads. Other numbers go to `toLocaleString`.
 *
 * @example formatCount(29000) // '29,000'
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en')
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 ? `-${digits}` : digits
}
