// Manifests are built as DOM documents (xmldom) and serialized by it, so every title, text and
// attribute is escaped by the serializer, never by string building.
import { DOMImplementation, XMLSerializer, type Element } from '@xmldom/xmldom';

const XMLNS = 'http://www.w3.org/2000/xmlns/';

export type { Element };

/** A document whose root is `name` in namespace `ns`, declaring each of `prefixes` (prefix → URI). */
export function newDocument(ns: string, name: string, prefixes: Record<string, string> = {}): Element {
  const root = new DOMImplementation().createDocument(ns, name, null).documentElement!;
  for (const [prefix, uri] of Object.entries(prefixes)) root.setAttributeNS(XMLNS, `xmlns:${prefix}`, uri);
  return root;
}

/** The namespace of a possibly prefixed name, as declared where it is written. */
function namespaceOf(context: Element, qualifiedName: string): string | null {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? null : context.lookupNamespaceURI(qualifiedName.slice(0, colon));
}

/** Sets attributes; a prefixed name (`adlcp:scormType`) takes its prefix's namespace. */
export function setAttributes(element: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    const ns = namespaceOf(element, name);
    if (ns) element.setAttributeNS(ns, name, value);
    else element.setAttribute(name, value);
  }
}

/** Appends `name` (unprefixed: the parent's namespace) with its attributes and, if given, its text. */
export function child(parent: Element, name: string, attributes: Record<string, string> = {}, text?: string): Element {
  const ns = name.includes(':') ? namespaceOf(parent, name) : parent.namespaceURI;
  const element = parent.ownerDocument!.createElementNS(ns, name);
  setAttributes(element, attributes);
  if (text !== undefined) element.textContent = text;
  parent.appendChild(element);
  return element;
}

/** The document as UTF-8 XML, one element a line, indented by depth. */
export function serialize(root: Element): string {
  indent(root, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

function indent(element: Element, depth: number): void {
  const children = [...element.childNodes].filter((n): n is Element => n.nodeType === n.ELEMENT_NODE);
  if (children.length === 0) return;
  const doc = element.ownerDocument!;
  for (const c of children) {
    element.insertBefore(doc.createTextNode(`\n${'  '.repeat(depth + 1)}`), c);
    indent(c, depth + 1);
  }
  element.appendChild(doc.createTextNode(`\n${'  '.repeat(depth)}`));
}
