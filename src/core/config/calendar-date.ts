/**
 * Whether `YYYY-MM-DD` text names a day that exists (no 2027-02-30). Text of another shape passes:
 * the schema's date pattern reports the shape. Shared by the zod schema and the schema-free fast path.
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return true // the pattern above reports the shape
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  return days !== undefined && day >= 1 && day <= days
}
