/**
 * Gives a problem a `message` that is worked out the first time it is read, then kept. A file with
 * thousands of problems lists only the first few (`MAX_LISTED_PROBLEMS`), and some messages are
 * costly (a "did you mean" searched among thousands of themes, the list of every theme id): the
 * loader only reads the messages it shows, or compares, so the others are never worked out.
 * Reading the message always gives the same text as working it out eagerly.
 *
 * @example withLazyMessage({ path: ['themes'] }, () => 'costly text').message // 'costly text'
 */
export function withLazyMessage<T extends object>(
  fields: T,
  describe: () => string,
): T & { message: string } {
  let message: string | undefined
  return Object.defineProperty(fields, 'message', {
    enumerable: true,
    configurable: true,
    get: () => (message ??= describe()),
  }) as T & { message: string }
}
