import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const Bool = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .transform((v) => ['on', 'true', '1'].includes(v));

/** Every environment variable Praxis reads. Nothing else in the code reads `process.env`. */
const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  PRAXIS_DATA_DIR: z.string().min(1).default('./data'),
  PRAXIS_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  PRAXIS_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  PRAXIS_RATE_LIMIT: Bool.default(true),
  PRAXIS_TRUST_PROXY: z
    .union([
      z.enum(['on', 'off', 'true', 'false']).transform((v) => (['on', 'true'].includes(v) ? 1 : 0)),
      z.coerce.number().int().min(0).max(10),
    ])
    .default(0)
    .describe('off, on (one proxy), or the number of proxies in front of Praxis'),
  PRAXIS_WEB_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PRAXIS_SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
    .optional()
    .describe('smtp://user:pass@host:port or smtps://…; mail is off without it'),
  PRAXIS_MAIL_FROM: z
    .string()
    .max(320)
    .regex(/^([^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, {
      message: 'must be an address, or a name and <address>',
    })
    .optional(),
  PRAXIS_CRISIS_RESOURCES: z
    .string()
    .max(4000)
    .optional()
    .describe('Where people find help now (Markdown), shown when a text speaks of wanting to die'),
});

export type Env = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  baseUrl: string;
  /** True when people reach Praxis over HTTPS: cookies get `Secure`, responses get HSTS. */
  secure: boolean;
  sessionSecret: string;
  rateLimit: boolean;
  /**
   * How many reverse proxies stand in front of Praxis (0: none). The client address is the one
   * the nearest of them saw, counted from the right of `X-Forwarded-For`, never its left-most
   * value, which any client can write.
   */
  trustProxy: number;
  webDir: string | undefined;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Outgoing mail (SMTP); null when PRAXIS_SMTP_URL is not set: mail is off. */
  mail: MailConfig | null;
  /** The deployment's crisis resources (Markdown); the built-in default when undefined. */
  crisisResources?: string | undefined;
};

export type MailConfig = { smtpUrl: string; from: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses configuration from an environment (normally `process.env`), listing every bad
 * variable at once. The session secret, when not given, is generated on first run and kept in
 * the data directory so that sessions survive restarts.
 */
export function loadEnv(source: Record<string, string | undefined>): Env {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = EnvSchema.safeParse(blankless);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    );
  }
  const raw = parsed.data;
  if (raw.PRAXIS_SMTP_URL && !raw.PRAXIS_MAIL_FROM) {
    throw new ConfigError(['PRAXIS_MAIL_FROM: must be set when PRAXIS_SMTP_URL is']);
  }
  const dataDir = path.resolve(raw.PRAXIS_DATA_DIR);
  const baseUrl = (raw.PRAXIS_BASE_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, '');
  return {
    port: raw.PORT,
    host: raw.HOST,
    databaseUrl: raw.DATABASE_URL,
    dataDir,
    baseUrl,
    secure: baseUrl.startsWith('https://'),
    sessionSecret: raw.PRAXIS_SESSION_SECRET ?? storedSessionSecret(dataDir),
    rateLimit: raw.PRAXIS_RATE_LIMIT,
    trustProxy: raw.PRAXIS_TRUST_PROXY,
    webDir: raw.PRAXIS_WEB_DIR ? path.resolve(raw.PRAXIS_WEB_DIR) : undefined,
    logLevel: raw.LOG_LEVEL,
    mail:
      raw.PRAXIS_SMTP_URL && raw.PRAXIS_MAIL_FROM
        ? { smtpUrl: raw.PRAXIS_SMTP_URL, from: raw.PRAXIS_MAIL_FROM }
        : null,
    crisisResources: raw.PRAXIS_CRISIS_RESOURCES?.replaceAll('\\n', '\n'),
  };
}

function storedSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, 'session-secret');
  try {
    mkdirSync(dataDir, { recursive: true });
    if (!existsSync(file)) {
      writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    }
    chmodSync(file, 0o600);
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < 32) throw new Error('stored secret is shorter than 32 characters');
    return secret;
  } catch (error) {
    throw new ConfigError([
      `PRAXIS_DATA_DIR: cannot keep the session secret in ${file} (${(error as Error).message})`,
    ]);
  }
}
