/**
 * A second, separate Horae server process for tests that prove state is shared through Postgres:
 *   tsx test/server-process.ts <app database url> <port>
 * It prints "ready" when listening.
 */
import 'reflect-metadata';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/core/config.js';
import { createLogger } from '../src/core/logger.js';

const [appUrl, port] = process.argv.slice(2);
const config = loadConfig({ NODE_ENV: 'test', PORT: port!, TRUST_PROXY: 'loopback' });
const app = await createApp(config, createLogger('silent'), appUrl!);
app.app.listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
