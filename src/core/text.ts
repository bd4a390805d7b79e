/**
 * What text Praxis accepts. No text may hold a control character other than tab, line feed and
 * carriage return: PostgreSQL cannot store NUL at all (so one engine would fail where the other
 * stores it), and search highlights are marked with U+0001 and U+0002, which a text must not forge.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** True when a text holds a control character Praxis does not accept. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL_CHARACTER.test(text);
}

type Visit = { value: unknown; key: string | number | null; parent: Visit | null };

const pathOf = (visit: Visit): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let at: Visit | null = visit; at !== null && at.key !== null; at = at.parent) {
    path.push(at.key);
  }
  return path.reverse();
};

/**
 * The path to the first string, or object key, inside a parsed JSON value that holds a control
 * character Praxis does not accept; null when there is none. Walks without recursion, so any
 * depth of nesting is safe. Example: `controlCharacterPath({ a: ['ok', 'x\u0000'] })` → `['a', 1]`.
 */
export function controlCharacterPath(value: unknown): (string | number)[] | null {
  const stack: Visit[] = [{ value, key: null, parent: null }];
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const current = visit.value;
    if (typeof current === 'string') {
      if (hasControlCharacter(current)) return pathOf(visit);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) {
        stack.push({ value: current[i], key: i, parent: visit });
      }
    } else if (typeof current === 'object' && current !== null) {
      for (const [key, child] of Object.entries(current).reverse()) {
        if (hasControlCharacter(key)) return [...pathOf(visit), key];
        stack.push({ value: child, key, parent: visit });
      }
    }
  }
  return null;
}
