/**
 * Turns timestamps back into the `YYYY-MM-DD` strings the schema expects. yaml 2 reads YAML 1.2,
 * where `2027-06-30` is already a string, but a `%YAML 1.1` directive (or a base config read by
 * another loader) brings back 1.1's timestamps. A date at midnight UTC becomes `YYYY-MM-DD`; any
 * other instant becomes its full ISO text, which the schema then rejects with a clear message.
 * Returns new objects (never mutates its input); keys such as `__proto__` stay plain data.
 *
 * @example restoreDates({ horizon: new Date('2027-06-30') }) // { horizon: '2027-06-30' }
 */
export function restoreDates(value: unknown): unknown {
  if (value instanceof Date) return dateText(value)
  if (Array.isArray(value)) return value.map(restoreDates)
  if (!isPlainObject(value)) return value
  const copy: Record<string, unknown> = {}
  for (const key of Object.keys(value)) defineEntry(copy, key, restoreDates(value[key]))
  return copy
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date'
  const iso = date.toISOString()
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
}

/** An object literal or a null-prototype object: the shape YAML mappings become. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/**
 * Sets a key as own data, so a `__proto__` key cannot change the object's prototype. Keys that
 * `Object.prototype` has are defined (a frozen prototype would refuse a plain assignment of
 * `toString`); any other key is assigned, several times faster for a mapping of thousands of keys.
 */
export function defineEntry(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key in Object.prototype) {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  } else target[key] = value
}
