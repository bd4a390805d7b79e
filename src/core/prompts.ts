/**
 * The reflection prompt library: one question a day, each with a plain "why" that says what the
 * question serves in personal mastery. Written for Praxis. Ids are stored with reflections and
 * daily deliveries, so an id, once published, never changes and is never reused; retire a prompt
 * by leaving it out of the library a caller passes, not by renaming it.
 *
 * The texts live in `prompts.json`, grouped by theme, each group with a line on what its theme is
 * about; this file checks their shape and lists them in order.
 */
import { z } from 'zod';
import { PROMPT_THEMES, type PromptTheme } from './prompt-themes';
import library from './prompts.json';

// The themes have a file of their own, so a bundle that needs only them (the web app's
// contracts) does not carry the whole library with them.
export { PROMPT_THEMES, type PromptTheme } from './prompt-themes';

/** `tension`: the prompt looks at the gap between vision and reality, or at lowering a vision. */
export const PROMPT_TAGS = ['tension'] as const;
export type PromptTag = (typeof PROMPT_TAGS)[number];

export type Prompt = {
  /** `<theme>-NN`, stable forever. */
  id: string;
  theme: PromptTheme;
  text: string;
  /** One sentence on what the prompt serves. */
  why: string;
  tags?: readonly PromptTag[];
};

/** Reads the library file: every theme's prompts in file order, each with its theme. */
function readLibrary(file: unknown): readonly Prompt[] {
  const Library = z.array(
    z.object({
      theme: z.enum(PROMPT_THEMES),
      about: z.string(),
      prompts: z.array(
        z.strictObject({
          id: z.string(),
          text: z.string(),
          why: z.string(),
          tags: z.array(z.enum(PROMPT_TAGS)).optional(),
        }),
      ),
    }),
  );
  return Library.parse(file).flatMap(({ theme, prompts }) =>
    prompts.map(({ id, text, why, tags }) => ({ id, theme, text, why, ...(tags && { tags }) })),
  );
}

/** Every prompt, theme by theme. Read once; unused (as in the web app) it is left out of a bundle. */
export const PROMPTS: readonly Prompt[] = /* @__PURE__ */ readLibrary(library);
