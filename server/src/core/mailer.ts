import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send: (mail: Mail) => Promise<void> };

/**
 * SMTP through nodemailer when SMTP_URL is set; otherwise each mail is written to
 * `<data dir>/mail/` and its links are printed to the log, so a single machine needs no mail server.
 */
export function createMailer(config: Config, logger: Logger): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      send: async mail => {
        await transport.sendMail({ from: config.mailFrom, ...mail });
      },
    };
  }
  const dir = path.join(config.dataDir, 'mail');
  return {
    send: async mail => {
      await fs.promises.mkdir(dir, { recursive: true });
      const file = path.join(
        dir,
        `${new Date().toISOString().replace(/[:.]/g, '-')}-${mail.to}.txt`,
      );
      const body = `From: ${config.mailFrom}\nTo: ${mail.to}\nSubject: ${mail.subject}\n\n${mail.text}\n`;
      await fs.promises.writeFile(file, body, { mode: 0o600 });
      const links = mail.text.match(/https?:\/\/\S+/g) ?? [];
      logger.info(
        { to: mail.to, subject: mail.subject, file, links },
        'mail written (no SMTP_URL set)',
      );
    },
  };
}
