import type { Ecosystem } from './dependency.js'

/** Gradle declares Maven coordinates: both ecosystems share one namespace of names. */
export function ecosystemFamily(ecosystem: Ecosystem): Ecosystem {
  return ecosystem === 'gradle' ? 'maven' : ecosystem
}

/**
 * The name under which two declarations are the same package: PyPI names are normalised (PEP 503),
 * NuGet and GitHub names are case-insensitive, and Docker Hub's `docker.io/library/` prefix is implied.
 */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'pypi':
      return name.toLowerCase().replace(/[-_.]+/g, '-')
    case 'nuget':
    case 'actions':
      return name.toLowerCase()
    case 'docker':
      return name
        .toLowerCase()
        .replace(/^(?:index\.)?docker\.io\//, '')
        .replace(/^library\//, '')
    default:
      return name
  }
}

/** A key for (ecosystem, name): `maven` and `gradle` share one. */
export function dependencyKey(ecosystem: Ecosystem, name: string): string {
  return `${ecosystemFamily(ecosystem)}\u0000${normalizeName(ecosystem, name)}`
}
