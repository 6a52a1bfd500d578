import { Migration } from '@mikro-orm/migrations';

const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

/**
 * CSV import: time entries remember the id they had in the system they came from (so importing
 * the same file twice changes nothing), and uploaded files wait in `import_upload` for their dry
 * run and apply (kept for an hour, readable only by who uploaded them, inside their site).
 */
export class Migration20261123150100_Import extends Migration {
  override name = 'Migration20261123150100_Import';

  override up(): void | Promise<void> {
    this.addSql(`alter table "time_entry" add column "external_ref" varchar(200) null;`);
    this.addSql(
      `alter table "time_entry" add constraint "time_entry_site_id_external_ref_unique" unique ("site_id", "external_ref");`,
    );

    this.addSql(
      `create table "import_upload" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "uploaded_by" varchar(60) not null, "file_name" varchar(255) not null, "bytes" int not null, "sha256" varchar(64) not null, "content" bytea not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "import_upload_site_id_uploaded_by_index" on "import_upload" ("site_id", "uploaded_by");`,
    );
    this.addSql(
      `alter table "import_upload" add constraint "import_upload_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(`alter table "import_upload" enable row level security;`);
    this.addSql(
      `create policy tenant_isolation on "import_upload" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
    );
    this.addSql(`grant select, insert, delete on "import_upload" to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "import_upload" cascade;`);
    this.addSql(
      `alter table "time_entry" drop constraint "time_entry_site_id_external_ref_unique";`,
    );
    this.addSql(`alter table "time_entry" drop column "external_ref";`);
  }
}
