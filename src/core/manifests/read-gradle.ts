import type { Dependency } from './dependency.js'

/**
 * A dependency declaration: a configuration (`implementation`, `api`, `testImplementation`,
 * `kapt`, `classpath`, …) then a `"group:artifact:version"` string, optionally in parentheses and
 * `platform(…)`/`enforcedPlatform(…)`.
 */
const STRING_NOTATION =
  /^\s*([A-Za-z]*(?:[Ii]mplementation|[Aa]pi|[Cc]ompileOnly|[Rr]untimeOnly|[Cc]ompile|[Rr]untime|[Aa]nnotationProcessor|kapt|ksp|classpath|developmentOnly))\s*\(?\s*(?:(?:enforcedPlatform|platform)\s*\(\s*)?(["'])([^"':]+):([^"':]+)(?::([^"':@]+))?[^"']*\2/
/** The map notation: `implementation group: 'g', name: 'a', version: 'v'` (Groovy) or `group = "g", …` (Kotlin). */
const MAP_NOTATION =
  /^\s*[A-Za-z]+\s*\(?\s*group\s*[:=]\s*(["'])([^"']+)\1\s*,\s*name\s*[:=]\s*(["'])([^"']+)\3(?:\s*,\s*version\s*[:=]\s*(["'])([^"']+)\5)?/

/**
 * Reads `build.gradle` and `build.gradle.kts`. Gradle build files are programs (Groovy or Kotlin), not
 * data: no parser short of Gradle itself can evaluate them, so this reader matches the conventional
 * declaration forms line by line, skipping comments. Versions stay as written (`$kotlinVersion` too);
 * version-catalog references (`libs.foo`) and computed coordinates are not seen.
 */
export function readGradle(text: string): Dependency[] {
  const dependencies: Dependency[] = []
  let inComment = false
  text.split(/\r?\n/).forEach((raw, index) => {
    let line = raw
    if (inComment) {
      const end = line.indexOf('*/')
      if (end === -1) return
      line = line.slice(end + 2)
      inComment = false
    }
    line = line.replace(/\/\*.*?\*\//g, '')
    const open = line.indexOf('/*')
    if (open !== -1) {
      inComment = true
      line = line.slice(0, open)
    }
    line = line.replace(/(^|\s)\/\/.*$/, '$1')
    const string = STRING_NOTATION.exec(line)
    const map = string === null ? MAP_NOTATION.exec(line) : null
    const [group, artifact, version] =
      string !== null ? [string[3], string[4], string[5]] : [map?.[2], map?.[4], map?.[6]]
    if (group === undefined || artifact === undefined) return
    dependencies.push({
      ecosystem: 'gradle',
      name: `${group}:${artifact}`,
      version: version ?? null,
      line: index + 1,
    })
  })
  return dependencies
}
