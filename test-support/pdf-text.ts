import { inflateSync } from 'node:zlib';

/**
 * What a PDF written by pdfkit says about its text, without a PDF library: the fonts it embeds
 * (`/BaseFont`) and the characters its ToUnicode maps give for the glyphs it draws — the text a
 * reader's copy-and-paste or search finds.
 */
export function pdfTextFacts(bytes: Buffer) {
  const raw = bytes.toString('latin1');
  const fonts = [...raw.matchAll(/\/BaseFont \/([A-Za-z0-9+-]+)/g)].map((m) => m[1] as string);
  const characters = new Set<string>();
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    let text: string;
    try {
      text = inflateSync(bytes.subarray(start, end)).toString('latin1');
    } catch {
      continue;
    }
    if (!text.includes('begincmap')) continue;
    for (const hex of text.matchAll(/<([0-9a-fA-F]{4,8})>/g)) {
      const code = hex[1] as string;
      if (code.length === 4) characters.add(String.fromCodePoint(parseInt(code, 16)));
    }
  }
  return { fonts, characters };
}
