/**
 * Markdown read as plain blocks for print (the program flyer): headings, paragraphs and list
 * items, with emphasis, code marks and link syntax taken out. Not a Markdown renderer: what it
 * does not know stays as text, and nothing it returns is markup.
 */
export type PlainBlock = { kind: 'heading' | 'paragraph' | 'item'; text: string };

/** Inline Markdown as plain words: `[t](u)` → `t (u)`, emphasis and code marks dropped. */
export function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (_, label: string, url: string) =>
      label && url && label !== url ? `${label} (${url})` : label || url,
    )
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(\*|_)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Splits Markdown into plain blocks.
 *
 * @example plainBlocks('# Week one\n\n- Read *this*') // [{kind:'heading',text:'Week one'},{kind:'item',text:'Read this'}]
 */
export function plainBlocks(markdown: string): PlainBlock[] {
  const blocks: PlainBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = plainInline(paragraph.join(' '));
    if (text) blocks.push({ kind: 'paragraph', text });
    paragraph = [];
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const item = /^(?:[-*+]|\d{1,3}[.)])\s+(.*)$/.exec(line);
    if (line === '' || /^(```|~~~|---+|\*\*\*+)$/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      const text = plainInline(heading[1] ?? '');
      if (text) blocks.push({ kind: 'heading', text });
    } else if (item) {
      flush();
      const text = plainInline(item[1] ?? '');
      if (text) blocks.push({ kind: 'item', text });
    } else {
      paragraph.push(line.replace(/^>\s?/, ''));
    }
  }
  flush();
  return blocks;
}
