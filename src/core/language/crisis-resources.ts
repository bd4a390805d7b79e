/**
 * An organization's crisis resources as its admins write them: short Markdown (a line a number
 * or a link), cleaned before it is stored. The notice renders Markdown through DOMPurify too;
 * this keeps what is stored plain: no HTML, no control characters, no script links, and short.
 */

/** At most this many characters are kept. */
export const CRISIS_RESOURCES_MAX = 2_000;
/** At most this many lines are kept. */
export const CRISIS_RESOURCES_MAX_LINES = 30;

// Control characters except tab and line feed.
// eslint-disable-next-line no-control-regex -- finding them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const TAG = /<[a-z!/][^>\n]*>?/gi;
const SCRIPT_LINK = /\]\(\s*(?:javascript|data|vbscript):[^)]*\)/gi;

/**
 * `text` cleaned: line ends made `\n`, control characters and HTML tags removed, links to
 * `javascript:`/`data:` made inert, runs of blank lines made one, trimmed, and cut to
 * `CRISIS_RESOURCES_MAX` characters and `CRISIS_RESOURCES_MAX_LINES` lines. Idempotent.
 */
export function cleanCrisisResources(text: string): string {
  let clean = text.replace(/\r\n?/g, '\n').replace(CONTROL, '');
  // Removing one tag can join the pieces of another ("<<b>script>"): until nothing changes.
  for (let before = ''; before !== clean;) {
    before = clean;
    clean = clean.replace(TAG, '').replace(SCRIPT_LINK, '](#)');
  }
  clean = clean
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  clean = clean.split('\n').slice(0, CRISIS_RESOURCES_MAX_LINES).join('\n');
  return clean.length > CRISIS_RESOURCES_MAX
    ? cleanCrisisResources(clean.slice(0, CRISIS_RESOURCES_MAX))
    : clean;
}
