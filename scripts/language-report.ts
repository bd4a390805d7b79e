/**
 * Writes the limiting-language corpus report to `docs/limiting-language.md`, between the markers
 * there, and prints it. Run with `npm run language:report`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { languageReport } from '../src/core/language/report';

const FILE = 'docs/limiting-language.md';
const START = '<!-- report:start -->';
const END = '<!-- report:end -->';
const { markdown } = languageReport();
const doc = readFileSync(FILE, 'utf8');
const before = doc.slice(0, doc.indexOf(START) + START.length);
const after = doc.slice(doc.indexOf(END));
writeFileSync(FILE, `${before}\n\n${markdown}\n\n${after}`);
console.log(markdown);
