import { SaxesParser } from 'saxes';

/**
 * A small element tree over saxes, a strict, conformant XML parser (it comes with jsdom): any
 * well-formedness error — a stray '&', a mismatched tag, a duplicate attribute — throws, so
 * parsing a template is itself the well-formedness test. saxes rather than a DOM parser because
 * the DOM typings would pull the browser's globals into the Node type-check.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The element's own text (not its descendants'), concatenated. */
  text: string;
}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: { ...tag.attributes }, children: [], text: '' };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (chunk) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += chunk;
  });
  parser.write(text).close();
  if (root === undefined) throw new Error('no root element');
  return root;
}

/** Every element below (and including) `root`, depth first. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

export const childrenNamed = (element: XmlElement, name: string): XmlElement[] => element.children.filter((child) => child.name === name);
