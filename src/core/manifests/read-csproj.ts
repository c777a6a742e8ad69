import type { Dependency } from './dependency.js'
import { lineIndex } from './line-index.js'
import { attribute, childText, descendants, parseXml, startOffset } from './parse-xml.js'

/**
 * Reads an MSBuild project (`*.csproj`, `*.fsproj`, `*.vbproj`) or `Directory.Packages.props`
 * (fast-xml-parser): `<PackageReference Include|Update="X" Version="Y" />`, the version also as a child
 * element or `VersionOverride`, and central `<PackageVersion>` entries. Broken XML gives [].
 */
export function readCsproj(text: string): Dependency[] {
  const root = parseXml(text)
  if (root === null) return []
  const lineAt = lineIndex(text)
  const found = [...descendants(root, 'PackageReference'), ...descendants(root, 'PackageVersion')]
  return found
    .flatMap((node) => {
      const name = attribute(node, 'Include') ?? attribute(node, 'Update')
      if (name === null || name === '') return []
      const version =
        attribute(node, 'Version') ??
        attribute(node, 'VersionOverride') ??
        childText(node, 'Version') ??
        childText(node, 'VersionOverride')
      return [{ ecosystem: 'nuget' as const, name, version, line: lineAt(startOffset(node)) }]
    })
    .sort((a, b) => a.line - b.line)
}
