import { CliError } from './errors';

type Finding = { text: string; kind: string; why: string };

/** Calls the Praxis API with a personal access token; a clear error for each way it fails. */
async function call(server: string, token: string, method: string, url: string, body?: unknown) {
  let response: Response;
  try {
    response = await fetch(new URL(url, server), {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new CliError(
      `Cannot reach ${server} (${(error as Error & { cause?: Error }).cause?.message ?? (error as Error).message}).`,
    );
  }
  const answer = (await response.json().catch(() => ({}))) as Record<string, unknown> & {
    error?: { message?: string };
  };
  if (response.status === 401) {
    throw new CliError(
      'The server refused the token (wrong, expired or revoked); make a new one under Account → Access tokens.',
    );
  }
  if (response.status === 403) {
    throw new CliError(
      `The server refused: ${answer.error?.message ?? 'not allowed'} (a read-only token cannot write).`,
    );
  }
  if (!response.ok) {
    throw new CliError(
      `The server answered ${response.status}: ${answer.error?.message ?? 'no reason given'}`,
    );
  }
  return answer;
}

/**
 * Writes a reflection through the API with a personal access token and prints what Praxis found
 * in it: limiting language, and where help is when the text speaks of wanting to die.
 */
export async function reflect(server: string, token: string | undefined, text: string) {
  if (!token) {
    throw new CliError(
      'Give a personal access token: --token prx_… or PRAXIS_TOKEN (Account → Access tokens).',
      2,
    );
  }
  const reflection = await call(server, token, 'POST', '/api/reflections', {
    kind: 'free',
    body: text,
  });
  const findings = (reflection.limitingLanguage ?? []) as Finding[];
  const lines = [`Saved a reflection for ${String(reflection.date)} (${String(reflection.id)}).`];
  if (findings.length === 0) lines.push('No limiting language found.');
  else {
    lines.push(`Limiting language (${findings.length}):`);
    for (const f of findings) lines.push(`  "${f.text}" — ${f.kind}: ${f.why}`);
  }
  if (reflection.support === true) {
    const help = await call(server, token, 'GET', '/api/language/crisis-resources');
    lines.push('', 'You are not alone. Where help is now:', String(help.text));
  }
  return lines.join('\n');
}
