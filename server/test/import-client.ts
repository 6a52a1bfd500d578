import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphQLClient } from './graphql-client.js';

export const IMPORT_FIXTURES = fileURLToPath(new URL('./fixtures/import/', import.meta.url));

export function fixture(name: string): Buffer {
  return fs.readFileSync(path.join(IMPORT_FIXTURES, name));
}

export type UploadAnswer = { status: number; body: any };

/** POST /import/files as the client (its cookie or bearer token). */
export async function uploadFile(
  client: GraphQLClient,
  name: string,
  content: Buffer | string,
  contentType = 'text/csv',
): Promise<UploadAnswer> {
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-forwarded-for': client.ip,
  };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.bearer) headers.authorization = `Bearer ${client.bearer}`;
  const res = await fetch(`${client.baseUrl}/import/files?name=${encodeURIComponent(name)}`, {
    method: 'POST',
    headers,
    body: typeof content === 'string' ? content : new Uint8Array(content),
  });
  return { status: res.status, body: await res.json() };
}

export const IMPORT_PAYLOAD = `
  applied
  file { uploadId fileName bytes encoding delimiter headers rows dateFormat dateFormatDetected }
  fields { key label required column }
  report {
    create update unchanged refused
    related { resource create }
    notes
    rows(first: $first) { row outcome key summary problems { column field code message } }
  }
  errors { field code message }
`;

export type ImportInput = {
  uploadId: string;
  resource: 'CUSTOMER' | 'PROJECT' | 'TASK' | 'USER' | 'TIME_ENTRY';
  preset?: 'KIMAI' | 'HARVEST' | 'CLOCKIFY' | 'TOGGL';
  mapping?: { field: string; column: string | null }[];
  dateFormat?: 'YMD' | 'DMY' | 'MDY';
  createMissing?: boolean;
  sendInvitations?: boolean;
  encoding?: string;
  delimiter?: string;
};

export async function importPreview(client: GraphQLClient, input: ImportInput) {
  return client.request(
    `query($input: ImportInput!, $first: Int) { importPreview(input: $input) { ${IMPORT_PAYLOAD} } }`,
    { input, first: 500 },
  );
}

export async function importApply(client: GraphQLClient, input: ImportInput) {
  return client.request(
    `mutation($input: ImportInput!, $first: Int) { importApply(input: $input) { ${IMPORT_PAYLOAD} } }`,
    { input, first: 500 },
  );
}

/** Uploads a file and applies it; fails the test on any refusal. */
export async function importFile(
  client: GraphQLClient,
  name: string,
  content: Buffer | string,
  input: Omit<ImportInput, 'uploadId'>,
) {
  const upload = await uploadFile(client, name, content);
  if (upload.status !== 201) throw new Error(`upload failed: ${JSON.stringify(upload.body)}`);
  const res = await importApply(client, { ...input, uploadId: upload.body.upload.id });
  if (res.errors || !res.data?.importApply.applied) {
    throw new Error(`import failed: ${JSON.stringify(res.errors ?? res.data?.importApply)}`);
  }
  return res.data.importApply;
}
