import DOMPurify from 'dompurify';
import { marked } from 'marked';

/**
 * What sanitized Markdown may contain: no styles (the CSP forbids inline ones), no images (they
 * would come from other origins, which the CSP blocks), no forms or media.
 */
const PURIFY = {
  FORBID_TAGS: ['style', 'img', 'form', 'input', 'button', 'textarea', 'select', 'video', 'audio'],
  FORBID_ATTR: ['style', 'class', 'id'],
};

/** Wraps each phrase, in order, in a <mark> where it lies inside one text node. */
function markPhrases(root: Node, phrases: readonly string[]) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let index = 0;
  for (const node of nodes) {
    let current: Text = node;
    while (index < phrases.length) {
      const phrase = phrases[index] ?? '';
      const at = current.data.indexOf(phrase);
      if (at < 0 || !phrase) break;
      const match = current.splitText(at);
      const rest = match.splitText(phrase.length);
      const mark = document.createElement('mark');
      mark.setAttribute('data-limiting', '');
      match.replaceWith(mark);
      mark.append(match);
      current = rest;
      index += 1;
    }
  }
}

/**
 * A Markdown text as sanitized HTML (marked, then DOMPurify), with the given phrases (limiting
 * language, in text order) gently marked. Never returns markup the sanitizer did not pass.
 */
export function renderMarkdown(source: string, phrases: readonly string[] = []): string {
  const html = marked.parse(source, { async: false, gfm: true, breaks: true });
  if (phrases.length === 0) return DOMPurify.sanitize(html, PURIFY);
  const fragment = DOMPurify.sanitize(html, { ...PURIFY, RETURN_DOM_FRAGMENT: true });
  markPhrases(fragment, phrases);
  const holder = document.createElement('div');
  holder.append(fragment);
  return DOMPurify.sanitize(holder.innerHTML, { ...PURIFY, ADD_ATTR: ['data-limiting'] });
}
