import { pino, type Logger } from 'pino';

export type { Logger };

/** Structured JSON logs. Secrets never reach them: see the redact paths. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'password',
        '*.password',
        'token',
        '*.token',
        'cookie',
        'req.headers.cookie',
        'req.headers.authorization',
      ],
      censor: '[redacted]',
    },
  });
}
