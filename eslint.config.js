import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The deliberate exceptions to "a server module does not import another module's files, a web
 * feature does not import another feature's": the one list docs/ARCHITECTURE.md ("The dependency
 * rule") points to. An entry lets the files of folder `from` import the named files of folder `to`
 * (names without extension); any other import across modules or across features is an ESLint
 * error. Web features have none: the router in src/web/app composes them and hands a page another
 * feature's component as a prop. `queries` is listed beside `commands` where a module's reads are
 * moving out of commands.ts.
 */
const boundaryExceptions = [
  {
    from: 'src/server/modules/portability',
    to: 'src/server/modules/statistics',
    files: ['activity'],
    why: 'An import adds what a person did, so it keeps the statistics rollups true by calling recordActivity in its transaction (decision 0027).',
  },
  ...['delegation', 'feedback', 'one-on-ones'].map((module) => ({
    from: 'src/server/modules/portability',
    to: `src/server/modules/${module}`,
    files: ['queries'],
    why: "A person's data export holds what they see of two people's things (feedback, 1:1s, delegation) as that module reads and shows it, so the rule of what they may see stays there (decision 0056).",
  })),
  {
    from: 'src/server/modules/today',
    to: 'src/server/modules/aspirations',
    files: ['commands', 'queries', 'presenters'],
    why: 'Today shows the aspirations a person works on as aspirations reads and presents them.',
  },
  {
    from: 'src/server/modules/today',
    to: 'src/server/modules/practices',
    files: ['commands', 'queries', 'presenters'],
    why: "Today shows the day's practices and check-ins as practices reads and presents them.",
  },
  ...['aspirations', 'beliefs', 'learning', 'practices', 'reflections', 'reviews'].map(
    (module) => ({
      from: 'src/server/modules/sharing',
      to: `src/server/modules/${module}`,
      files: ['commands', 'queries', 'presenters'],
      why: 'A shared item is found and presented by its own module; sharing never writes its tables.',
    }),
  ),
  ...['aspirations', 'feedback', 'learning', 'practices', 'reflections', 'reviews'].map(
    (module) => ({
      from: `src/server/modules/${module}`,
      to: 'src/server/modules/statistics',
      files: ['activity'],
      why: 'A write that changes what the anonymous statistics count keeps their rollups true by calling recordActivity in its transaction.',
    }),
  ),
  {
    from: 'src/server/modules/today',
    to: 'src/server/modules/programs',
    files: ['queries', 'presenters'],
    why: "Today shows the week's curriculum of a person's programs as programs reads and presents it.",
  },
  {
    from: 'src/server/modules/programs',
    to: 'src/server/modules/practices',
    files: ['commands'],
    why: 'Adopting a curriculum practice makes a private practice through createPractice, never by writing the table.',
  },
  {
    from: 'src/server/modules/programs',
    to: 'src/server/modules/library',
    files: ['record-choice', 'queries'],
    why: 'Adopting a curriculum practice picked from the library counts as a choice of that entry; the programs using an entry are listed only for an entry its library holds (findEntry).',
  },
  {
    from: 'src/server/modules/team-vision',
    to: 'src/server/modules/sharing',
    files: ['access'],
    why: 'Sharing alone decides which aligned aspirations a viewer may read.',
  },
  {
    from: 'src/server/modules/feedback',
    to: 'src/server/modules/aspirations',
    files: ['commands'],
    why: 'An answer becomes a reality assessment through addAssessment, never by writing the table.',
  },
  {
    from: 'src/server/modules/feedback',
    to: 'src/server/modules/learning',
    files: ['commands', 'queries', 'presenters'],
    why: 'An answer becomes a learning item through createLearningItem and shows as learning shows it.',
  },
  {
    from: 'src/server/modules/auth',
    to: 'src/server/modules/accounts',
    files: ['commands', 'queries', 'presenters'],
    why: 'Registering and signing in are the HTTP face of the accounts that module keeps.',
  },
  {
    from: 'src/server/modules/library',
    to: 'src/server/modules/practices',
    files: ['commands'],
    why: 'Adopting a library practice makes a private practice through createPractice, never by writing the table.',
  },
  ...['accounts', 'orgs'].map((module) => ({
    from: `src/server/modules/${module}`,
    to: 'src/server/modules/programs',
    files: ['seat-release'],
    why: 'Leaving an organization or deleting an account gives up program seats, promoting the waitlist in the same transaction.',
  })),
];

/** The layer rule of docs/ARCHITECTURE.md for web and for server code. */
// The interface's words go through lib/words.ts and lib/use-translation.ts, not i18next: it
// weighed 22 KB gzip on the first page (decision 0048).
const webLayer = [{ group: ['**/server/**', 'kysely', 'fastify', 'i18next', 'react-i18next'] }];
const serverLayer = [{ group: ['**/web/**', 'react'] }];

/** The folders directly under `parent`: the server modules or the web features. */
function foldersIn(parent) {
  return readdirSync(new URL(parent, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * One config object per folder under `parent` (a module or a feature): on top of its layer's
 * patterns, its files may not import a sibling folder, reached as `../sibling` up to `depth` levels
 * up or as `…/<parent>/sibling`, except for the files `boundaryExceptions` lists.
 */
function boundaries(parent, depth, layer) {
  const folders = foldersIn(parent);
  const prefixes = (other) => [
    ...Array.from({ length: depth }, (_, up) => `${'../'.repeat(up + 1)}${other}`),
    `**/${parent.split('/').at(-1)}/${other}`,
  ];
  return folders.map((own) => ({
    files: [`${parent}/${own}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...layer,
            ...folders
              .filter((other) => other !== own)
              .map((other) => {
                const allowed = boundaryExceptions
                  .filter((e) => e.from === `${parent}/${own}` && e.to === `${parent}/${other}`)
                  .flatMap((e) => e.files);
                return {
                  group: [
                    // A folder pattern would keep gitignore from re-including its allowed files.
                    ...prefixes(other).flatMap((prefix) =>
                      allowed.length ? [`${prefix}/**`] : [prefix, `${prefix}/**`],
                    ),
                    ...prefixes(other).flatMap((prefix) =>
                      allowed.map((file) => `!${prefix}/${file}`),
                    ),
                  ],
                  message: `${own} may not import from ${other}${allowed.length ? ` (only its ${allowed.join(', ')})` : ''}: move the shared piece down, or list the exception in boundaryExceptions (eslint.config.js).`,
                };
              }),
          ],
        },
      ],
    },
  }));
}

export default tseslint.config(
  { ignores: ['dist', 'data', 'artifacts', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-console': ['error', { allow: ['error', 'warn'] }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `import { type A } from 'x'` still loads 'x' under verbatimModuleSyntax (it becomes
      // `import {} from 'x'`): a page's first scripts would run a module only its types are from.
      '@typescript-eslint/no-import-type-side-effects': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // The dependency rule of docs/ARCHITECTURE.md: core is pure; web and server never meet.
    files: ['src/core/**/*.ts', 'src/contracts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/server/**', '**/web/**', 'kysely', 'fastify', 'react', 'node:*'] },
          ],
        },
      ],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: webLayer }] },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: serverLayer }] },
  },
  // Features do not import each other (feature files sit at most three folders deep); modules sit
  // flat in their folder, and `../../auth` from a module is server/auth, not the auth module.
  ...boundaries('src/web/features', 3, webLayer),
  ...boundaries('src/server/modules', 1, serverLayer),
  {
    files: ['scripts/**', 'e2e/**', 'bench/**', 'test-support/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests read JSON answers whose shape they are checking.
    files: ['**/*.test.ts', 'test-support/**', 'e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
