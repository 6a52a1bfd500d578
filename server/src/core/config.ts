import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root: `.horae/` lives here unless HORAE_DATA_DIR says otherwise. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  /** Owner connection (runs migrations). When unset, an embedded PostgreSQL is started. */
  DATABASE_URL: z.string().url().optional(),
  /** Connection used by requests; must be a role that does not own the tables (RLS applies). */
  DATABASE_APP_URL: z.string().url().optional(),
  HORAE_DATA_DIR: z.string().optional(),
  /** Public origin of the SPA, used for cookie security and CORS. */
  PUBLIC_URL: z.string().url().optional(),
  /** Extra origins allowed by CORS, comma-separated. */
  CORS_ORIGINS: z.string().default(''),
  /** Comma-separated list of trusted proxy addresses (express "trust proxy"). */
  TRUST_PROXY: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  HORAE_DEMO_PASSWORD: z.string().optional(),
  SECURITY_CONTACT: z.string().default('mailto:security@horae.example'),
  HORAE_SECRET_KEY: z.string().optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Horae <no-reply@horae.example>'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseAppUrl: string | undefined;
  dataDir: string;
  publicUrl: string;
  corsOrigins: string[];
  trustProxy: string[];
  logLevel: string;
  demoPassword: string | undefined;
  securityContact: string;
  secretKey: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(i => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicUrl = e.PUBLIC_URL ?? `http://localhost:${e.PORT}`;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    dataDir: path.resolve(e.HORAE_DATA_DIR ?? path.join(repoRoot, '.horae')),
    publicUrl,
    corsOrigins: [
      new URL(publicUrl).origin,
      ...e.CORS_ORIGINS.split(',')
        .map(s => s.trim())
        .filter(Boolean),
    ],
    trustProxy: e.TRUST_PROXY.split(',')
      .map(s => s.trim())
      .filter(Boolean),
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    demoPassword: e.HORAE_DEMO_PASSWORD,
    securityContact: e.SECURITY_CONTACT,
    secretKey: e.HORAE_SECRET_KEY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
  };
}
