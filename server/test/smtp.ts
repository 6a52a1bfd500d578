import { SMTPServer } from 'smtp-server';
import { freePort } from '../src/core/embedded-postgres.js';

export type ReceivedMail = { to: string[]; raw: string };

/** A real SMTP server in the test process that keeps every message it receives. */
export async function startSmtpServer() {
  const inbox: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map(r => r.address), raw });
        callback();
      });
    },
  });
  const port = await freePort();
  await new Promise<void>(resolve => server.listen(port, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    /** The body with quoted-printable soft line breaks undone. */
    lastTo(address: string): string | undefined {
      const mail = [...inbox].reverse().find(m => m.to.includes(address));
      return mail?.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    },
    close: () => new Promise<void>(resolve => server.close(() => resolve())),
  };
}
