import type { Dependency } from './dependency.js'
import { lineIndex } from './line-index.js'
import { childText, children, parseXml, startOffset, type XmlNode } from './parse-xml.js'

/** `<dependencies>` lists of the project, its `<dependencyManagement>` and its profiles. */
function dependencyLists(project: XmlNode): XmlNode[] {
  const owners = [project, ...children(project, 'profiles').flatMap((p) => children(p, 'profile'))]
  return owners.flatMap((owner) => [
    ...children(owner, 'dependencies'),
    ...children(owner, 'dependencyManagement').flatMap((m) => children(m, 'dependencies')),
  ])
}

/** `${name}` placeholders the pom itself defines: `<properties>` and `project.version`. */
function properties(project: XmlNode): Map<string, string> {
  const values = new Map<string, string>()
  for (const block of children(project, 'properties')) {
    for (const key of Object.keys(block)) {
      const value = childText(block, key)
      if (!key.startsWith('@_') && value !== null) values.set(key, value)
    }
  }
  const version =
    childText(project, 'version') ?? children(project, 'parent').map((p) => childText(p, 'version'))[0]
  if (typeof version === 'string') values.set('project.version', version)
  return values
}

/**
 * Reads `pom.xml` (fast-xml-parser): `groupId:artifactId` and `version` of each `<dependency>` under
 * the project, its `<dependencyManagement>` and its profiles. A `${property}` defined in the same pom is
 * resolved, so bumping a version property shows as an upgrade; others stay as written. The line is the
 * one of `<artifactId>`. Broken XML gives [].
 */
export function readPom(text: string): Dependency[] {
  const project = children(parseXml(text) ?? undefined, 'project')[0]
  if (project === undefined) return []
  const values = properties(project)
  const lineAt = lineIndex(text)
  return dependencyLists(project)
    .flatMap((list) => children(list, 'dependency'))
    .flatMap((dependency) => {
      const groupId = childText(dependency, 'groupId')
      const artifactId = childText(dependency, 'artifactId')
      if (groupId === null || artifactId === null) return []
      const written = childText(dependency, 'version')
      const version = written?.replace(/\$\{([^}]+)\}/g, (all, key: string) => values.get(key) ?? all) ?? null
      const start = startOffset(dependency)
      const at = text.indexOf('<artifactId', start)
      return [
        {
          ecosystem: 'maven' as const,
          name: `${groupId}:${artifactId}`,
          version,
          line: lineAt(at === -1 ? start : at),
        },
      ]
    })
    .sort((a, b) => a.line - b.line)
}
