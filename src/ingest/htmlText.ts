import html from './data/html.json' with { type: 'json' };

const blockTags = new Set(html.blockTags);
const dropTags = new Set(html.dropTags);
const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** Plain text of a DOM subtree with one line per paragraph, heading, list item ("- " prefix) and table row ("a | b"). */
export function domToText(root: Node, skip: ReadonlySet<string> = new Set()): string {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line && line !== '-') lines.push(line);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === TEXT) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== DOCUMENT && node.nodeType !== FRAGMENT) return;
    const tag = (node as Element).localName?.toLowerCase() ?? '';
    if (dropTags.has(tag) || skip.has(tag)) return;
    if (tag === 'br') return flush();
    if (tag === 'tr') {
      flush();
      const cells = [...node.childNodes]
        .filter((c) => c.nodeType === ELEMENT)
        .map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim());
      current = cells.filter((c) => c).join(' | ');
      return flush();
    }
    const block = blockTags.has(tag) || tag === 'li';
    if (block) flush();
    if (tag === 'li') current = '- ';
    for (const child of node.childNodes) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return lines.join('\n');
}
