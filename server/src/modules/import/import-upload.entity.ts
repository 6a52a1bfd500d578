import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Site } from '../site/site.entity.js';

/**
 * A file uploaded for import (POST /import/files), waiting for its dry run and apply. Only who
 * uploaded it reads it (`uploadedBy`); it expires after an hour.
 */
export const ImportUpload = defineEntity({
  name: 'ImportUpload',
  tableName: 'import_upload',
  properties: {
    id: p.uuid().primary().defaultRaw('gen_random_uuid()'),
    site: () => p.manyToOne(Site).ref().deleteRule('cascade'),
    /** `user:<id>` or `service:<id>`. */
    uploadedBy: p.string().length(60),
    fileName: p.string().length(255),
    bytes: p.integer(),
    /** Hex SHA-256 of the content: names the file in the audit log. */
    sha256: p.string().length(64),
    content: p.type('bytea').lazy(),
    createdAt: p
      .datetime()
      .defaultRaw('now()')
      .onCreate(() => new Date()),
    expiresAt: p.datetime(),
  },
  indexes: [{ properties: ['site', 'uploadedBy'] }],
});
export type ImportUpload = InferEntity<typeof ImportUpload>;
