import { Migration } from '@mikro-orm/migrations';

const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

/**
 * Backups and restore tests (modules/backup). Rows with a site are that site's; rows without one
 * are whole-installation backups, which the policy hides from every request. Written only by the
 * operator role (CLI and the job queue): the application may read, nothing else.
 */
export class Migration20261123150000_Backups extends Migration {
  override name = 'Migration20261123150000_Backups';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "backup_run" ("id" uuid not null default gen_random_uuid(), "site_id" uuid null, "kind" text not null, "trigger" text not null, "status" text not null, "retention" text null, "backup_id" uuid null, "started_at" timestamptz not null, "finished_at" timestamptz null, "file" text null, "size_bytes" bigint null, "archive_sha256" varchar(64) null, "encrypted" boolean not null default false, "schema_version" varchar(200) null, "table_count" int null, "row_count" bigint null, "duration_ms" int null, "tables" jsonb not null default '[]', "verified_at" timestamptz null, "verification_ok" boolean null, "error" text null, "pruned_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "backup_run_site_id_started_at_index" on "backup_run" ("site_id", "started_at");`,
    );

    this.addSql(
      `alter table "backup_run" add constraint "backup_run_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "backup_run" add constraint "backup_run_backup_id_foreign" foreign key ("backup_id") references "backup_run" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "backup_run" add constraint "backup_run_kind_check" check ("kind" in ('backup', 'restore_test'));`,
    );
    this.addSql(
      `alter table "backup_run" add constraint "backup_run_trigger_check" check ("trigger" in ('schedule', 'cli'));`,
    );
    this.addSql(
      `alter table "backup_run" add constraint "backup_run_status_check" check ("status" in ('running', 'succeeded', 'failed'));`,
    );
    this.addSql(
      `alter table "backup_run" add constraint "backup_run_retention_check" check ("retention" in ('daily', 'weekly', 'manual'));`,
    );

    this.addSql(`alter table "backup_run" enable row level security;`);
    this.addSql(
      `create policy tenant_isolation on "backup_run" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
    );
    this.addSql(`revoke all on "backup_run" from horae_app;`);
    this.addSql(`grant select on "backup_run" to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "backup_run" cascade;`);
  }
}
