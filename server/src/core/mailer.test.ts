import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { createMailer } from './mailer.js';

describe('mail without SMTP_URL', () => {
  it('writes each mail to the data directory so its link can be followed', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'horae-mail-'));
    const mailer = createMailer(loadConfig({ HORAE_DATA_DIR: dataDir }), createLogger('silent'));
    await mailer.send({
      to: 'nina@acme.example',
      subject: 'Hello',
      text: 'Open https://horae.example/x?token=abc',
    });
    const files = fs.readdirSync(path.join(dataDir, 'mail'));
    expect(files).toHaveLength(1);
    const body = fs.readFileSync(path.join(dataDir, 'mail', files[0]!), 'utf8');
    expect(body).toContain('To: nina@acme.example');
    expect(body).toContain('https://horae.example/x?token=abc');
    fs.rmSync(dataDir, { recursive: true });
  });
});
