import matter from 'gray-matter';
import { localDate, mondayOfIsoWeek } from '../../../core/calendar';
import type { ArchiveRecord } from '../../../contracts/portability-archive';
import type { Db } from '../../db/database';
import { recordsOf, type ZipEntry } from './export-zip';
import { accountOf } from './queries';

/** The kinds of file of the Markdown export, each in its own folder. */
const KINDS = {
  reflection: { folder: 'reflections', heading: 'Reflections' },
  'weekly-review': { folder: 'weekly-reviews', heading: 'Weekly reviews' },
  belief: { folder: 'beliefs', heading: 'Beliefs' },
  'learning-insight': { folder: 'learning', heading: 'Learning insights' },
} as const;
type Kind = keyof typeof KINDS;

/** What every file's front matter holds first: the same four keys, whatever the kind. */
type Front = {
  date: string;
  kind: Kind;
  tags: string[];
  mood: { pleasantness: number; energy: number } | null;
} & Record<string, unknown>;

/** `name` is what the file is named by (an untitled reflection, by its first words). */
type Item = { title: string; name?: string; front: Front; body: string };

const SLUG_LENGTH = 60;

/**
 * A file-name part from a title: letters and digits of any script, lower case, accents dropped,
 * everything else one `-`; at most 60 characters, cut at a word; `fallback` when nothing is left.
 */
export function slug(title: string, fallback: string) {
  const words = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= SLUG_LENGTH) return words || fallback;
  const cut = words.slice(0, SLUG_LENGTH + 1);
  const end = cut.lastIndexOf('-');
  return (end > 10 ? cut.slice(0, end) : cut.slice(0, SLUG_LENGTH)).replace(/-+$/, '');
}

/** Unique file names in the zip (compared without case, for case-blind file systems). */
function namer() {
  const used = new Set<string>();
  return (folder: string, date: string, title: string, fallback: string) => {
    const base = `${folder}/${date}-${slug(title, fallback)}`;
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}-${n}.md`;
    used.add(name.toLowerCase());
    return name;
  };
}

const section = (heading: string, text: string) =>
  text.trim() ? `## ${heading}\n\n${text.trim()}\n\n` : '';

function formText(form: ArchiveRecord<'reflections'>['form']) {
  if (!form) return '';
  if (form.type === 'left_hand_column') {
    const rows = form.rows
      .map((r) => `- **Said:** ${r.said}\n  **Thought, not said:** ${r.thought}`)
      .join('\n');
    return section('Left-hand column', [form.situation, rows].filter(Boolean).join('\n\n'));
  }
  const rungs = [
    ['Data', form.data],
    ['What I selected', form.selected],
    ['Meanings I added', form.meanings],
    ['Assumptions', form.assumptions],
    ['Conclusions', form.conclusions],
    ['Beliefs', form.beliefs],
    ['Actions', form.actions],
  ] as const;
  return section(
    'Ladder of inference',
    rungs
      .filter(([, text]) => text)
      .map(([rung, text]) => `- **${rung}:** ${text}`)
      .join('\n'),
  );
}

async function* items(db: Db, userId: string, timeZone: string): AsyncGenerator<Item> {
  for await (const r of recordsOf(db, userId, 'reflections')) {
    const title = r.title || `Reflection of ${r.date}`;
    yield {
      title,
      name: r.title || r.body.split('\n').find((line) => line.trim()) || '',
      front: {
        date: r.date,
        kind: 'reflection',
        tags: r.tags,
        mood:
          r.moodPleasantness === null || r.moodEnergy === null
            ? null
            : { pleasantness: r.moodPleasantness, energy: r.moodEnergy },
        title,
        reflectionKind: r.kind,
        emotions: r.emotions,
        at: r.at,
      },
      body: `# ${title}\n\n${r.body.trim()}\n\n${formText(r.form)}`,
    };
  }
  for await (const r of recordsOf(db, userId, 'weeklyReviews')) {
    const title = `Weekly review ${r.week}`;
    const ratings = r.ratings
      .map((x) => `- **${x.valueName}:** ${x.rating}/10${x.evidence ? ` — ${x.evidence}` : ''}`)
      .join('\n');
    yield {
      title,
      front: {
        date: mondayOfIsoWeek(r.week) ?? localDate(r.createdAt, timeZone),
        kind: 'weekly-review',
        tags: [],
        mood: null,
        title,
        week: r.week,
        ratings: r.ratings.map((x) => ({ value: x.valueName, rating: x.rating })),
      },
      body:
        `# ${title}\n\n` +
        section('What went well', r.wentWell) +
        section('What I learned', r.learned) +
        section('Focus for next week', r.focus) +
        section('Values in action', ratings),
    };
  }
  for await (const r of recordsOf(db, userId, 'beliefs')) {
    yield {
      title: r.statement,
      front: {
        date: localDate(r.createdAt, timeZone),
        kind: 'belief',
        tags: [],
        mood: null,
        title: r.statement,
        beliefKind: r.kind,
      },
      body:
        `# ${r.statement}\n\n` +
        section('Evidence for', r.evidenceFor) +
        section('Evidence against', r.evidenceAgainst) +
        section('Reframe', r.reframe),
    };
  }
  for await (const r of recordsOf(db, userId, 'learningItems')) {
    if (!r.insights.trim()) continue;
    yield {
      title: r.title,
      front: {
        date: r.finishedOn ?? r.startedOn ?? localDate(r.createdAt, timeZone),
        kind: 'learning-insight',
        tags: [],
        mood: null,
        title: r.title,
        learningKind: r.kind,
        source: r.source,
        url: r.url,
        status: r.status,
      },
      body: `# ${r.title}\n\n${r.insights.trim()}\n`,
    };
  }
}

/** `[text]` of a Markdown link, its brackets and backslashes escaped. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');

/**
 * The files of the Markdown export: one `.md` per reflection, weekly review, belief and learning
 * item with insights — YAML front matter (date, kind, tags, mood, then the kind's own keys) and
 * the text — named `folder/date-slug.md`, and a README.md index last. Items are read page by
 * page; only the index lines are kept until the end.
 */
export async function* markdownEntries(
  db: Db,
  userId: string,
  exportedAt: string,
): AsyncGenerator<ZipEntry> {
  const account = await accountOf(db, userId);
  const name = namer();
  const index = new Map<Kind, string[]>();
  for await (const item of items(db, userId, account.timeZone)) {
    const { folder } = KINDS[item.front.kind];
    const file = name(folder, item.front.date, item.name ?? item.title, item.front.kind);
    const lines = index.get(item.front.kind) ?? [];
    lines.push(`- ${item.front.date} [${linkText(item.title)}](${file})`);
    index.set(item.front.kind, lines);
    yield { name: file, content: matter.stringify(item.body.trimEnd() + '\n', item.front) };
  }
  const parts = [
    `# ${linkText(account.name)}’s Praxis export\n`,
    `Exported ${exportedAt}. One Markdown file per item; each begins with YAML front matter ` +
      '(date, kind, tags, mood) that note tools such as Obsidian read.\n',
  ];
  for (const [kind, { heading }] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    const lines = index.get(kind) ?? [];
    parts.push(`## ${heading} (${lines.length})\n`, lines.length ? lines.join('\n') + '\n' : '');
  }
  yield { name: 'README.md', content: parts.join('\n') };
}
