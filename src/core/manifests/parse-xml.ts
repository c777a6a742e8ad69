import { XMLParser, XMLValidator } from 'fast-xml-parser'

/** A parsed XML element: child elements by name (always arrays), `@_`-prefixed attributes, `#text`. */
export type XmlNode = Record<string, unknown>

const META = XMLParser.getMetaDataSymbol() as unknown as string

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  captureMetaData: true,
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
})

/**
 * Parses an XML manifest with fast-xml-parser, or null when it is not well-formed (the validator
 * runs first: the parser itself accepts unclosed tags). Entities are not expanded.
 */
export function parseXml(text: string): XmlNode | null {
  try {
    if (XMLValidator.validate(text) !== true) return null
    return parser.parse(text) as XmlNode
  } catch {
    return null
  }
}

/** The child elements named `name` (objects only; text-only children are read with {@link childText}). */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name]
  return Array.isArray(value) ? value.filter((v): v is XmlNode => typeof v === 'object' && v !== null) : []
}

/** Text of the first child element named `name`, trimmed; null when absent or empty. */
export function childText(node: XmlNode, name: string): string | null {
  const value = node[name]
  const first: unknown = Array.isArray(value) ? value[0] : value
  const text = typeof first === 'object' && first !== null ? (first as XmlNode)['#text'] : first
  return typeof text === 'string' && text.trim() !== '' ? text.trim() : null
}

/** Attribute `name` of `node`, trimmed; null when absent. */
export function attribute(node: XmlNode, name: string): string | null {
  const value = node[`@_${name}`]
  return typeof value === 'string' ? value.trim() : null
}

/** Character offset where the element starts in the source. */
export function startOffset(node: XmlNode): number {
  const meta = node[META] as { startIndex?: number } | undefined
  return meta?.startIndex ?? 0
}

/** Every element named `name` in the tree, in document order. */
export function descendants(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = []
  const visit = (current: XmlNode) => {
    for (const [key, value] of Object.entries(current)) {
      if (!Array.isArray(value)) continue
      for (const child of value) {
        if (typeof child !== 'object' || child === null) continue
        if (key === name) found.push(child as XmlNode)
        visit(child as XmlNode)
      }
    }
  }
  visit(node)
  return found
}
