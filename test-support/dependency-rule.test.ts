import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The imports ESLint's `no-restricted-imports` refuses in a file at `filePath`. */
async function refusedImports(filePath: string, imports: string[]): Promise<string[]> {
  const code = imports.map((from, i) => `import { x${i} } from '${from}';`).join('\n');
  const [result] = await eslint.lintText(
    `${code}\nexport const all = [${imports.map((_, i) => `x${i}`).join(', ')}];\n`,
    {
      filePath,
    },
  );
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => imports[message.line - 1] ?? '');
}

describe('the dependency rule (boundaryExceptions in eslint.config.js)', () => {
  it('refuses a web feature importing another feature, at any depth, and allows its own files and web/lib', async () => {
    expect(
      await refusedImports('src/web/features/reflections/probe.ts', [
        '../learning/api',
        '../../features/sharing/api',
        '../../lib/api-client',
        './api',
      ]),
    ).toEqual(['../learning/api', '../../features/sharing/api']);
    expect(
      await refusedImports('src/web/features/reflections/components/probe.tsx', [
        '../../learning/components/item-page',
        '../api',
        '../../../components/ui/form-alert',
      ]),
    ).toEqual(['../../learning/components/item-page']);
  });

  it('lets the router in web/app compose features', async () => {
    expect(
      await refusedImports('src/web/app/probe.tsx', ['../features/learning/components/item-page']),
    ).toEqual([]);
  });

  it("refuses a server module importing another module's files except the listed exceptions", async () => {
    expect(
      await refusedImports('src/server/modules/feedback/probe.ts', [
        '../aspirations/commands',
        '../aspirations/presenters',
        '../learning/commands',
        '../learning/presenters',
        '../reviews/commands',
        '../../auth/sessions',
        '../../db/database',
      ]),
    ).toEqual(['../aspirations/presenters', '../reviews/commands']);
    expect(
      await refusedImports('src/server/modules/today/probe.ts', [
        '../aspirations/queries',
        '../practices/presenters',
        '../learning/queries',
        '../sharing/access',
      ]),
    ).toEqual(['../learning/queries', '../sharing/access']);
    expect(
      await refusedImports('src/server/modules/team-vision/probe.ts', [
        '../sharing/access',
        '../sharing/commands',
      ]),
    ).toEqual(['../sharing/commands']);
  });

  it('keeps the layer rule inside modules and features', async () => {
    expect(
      await refusedImports('src/server/modules/today/probe.ts', ['../../../web/lib/api-client']),
    ).toEqual(['../../../web/lib/api-client']);
    expect(
      await refusedImports('src/web/features/today/probe.ts', ['../../../server/errors']),
    ).toEqual(['../../../server/errors']);
  });
});
