import { createRequire } from 'node:module';

/**
 * DejaVu Sans, embedded (subset) in every PDF we print from the `dejavu-fonts-ttf` package, so
 * names and text in Latin, Greek, Cyrillic, Hebrew, Armenian, Georgian and more print as written
 * (docs/decisions/0028-cohorts-seats-and-flyer-font.md). The standard PDF fonts spoke
 * Windows-1252 only.
 */
const fontFile = createRequire(import.meta.url);
export const BODY = 'DejaVuSans';
export const BOLD = 'DejaVuSans-Bold';
const FONTS = {
  [BODY]: fontFile.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  [BOLD]: fontFile.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
};

/** The glyph check of the document's current font (pdfkit's fontkit font, read once). */
type GlyphCheck = { hasGlyphForCodePoint(codePoint: number): boolean };
function glyphsOf(doc: PDFKit.PDFDocument): GlyphCheck {
  return (doc as unknown as { _font: { font: GlyphCheck } })._font.font;
}

/**
 * Text as our PDFs print it: one line of words, pictographs (emoji) left out, and a character
 * the font has no glyph for (Chinese, Japanese, Korean, Indic scripts…) as one `?` rather than an
 * empty box.
 */
function printable(text: string, glyphs: GlyphCheck) {
  return [
    ...text
      .replace(/\p{Extended_Pictographic}[\uFE0F\u200D]*/gu, '')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .map((char) => (glyphs.hasGlyphForCodePoint(char.codePointAt(0) ?? 0) ? char : '?'))
    .join('');
}

/**
 * A new A4 pdfkit document with DejaVu Sans registered (as `BODY` and `BOLD`), `print` to make
 * text printable in it, and `done`, its bytes once `doc.end()` is called. pdfkit is loaded on the
 * first document, not at start-up: it takes a noticeable part of a cold start.
 */
export async function fontedPdf(options: PDFKit.PDFDocumentOptions) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', ...options });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  const glyphs = glyphsOf(doc.font(BODY));
  const print = (text: string) => printable(text, glyphs);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, print, done };
}

/** The hairline under a section heading, 3 pt below the text just written. */
export function headingRule(doc: PDFKit.PDFDocument, x: number, width: number) {
  const y = doc.y + 3;
  doc
    .moveTo(x, y)
    .lineTo(x + width, y)
    .lineWidth(0.75)
    .strokeColor('#d9d3cb')
    .stroke();
}
