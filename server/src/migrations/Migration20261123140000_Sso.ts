import { Migration } from '@mikro-orm/migrations';

const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

export class Migration20261123140000_Sso extends Migration {
  override name = 'Migration20261123140000_Sso';

  override up(): void | Promise<void> {
    this.addSql(`alter table "site" add "sso_issuer" varchar(500) null;`);
    this.addSql(`alter table "site" add "sso_client_id" varchar(255) null;`);
    this.addSql(`alter table "site" add "sso_client_secret" bytea null;`);
    this.addSql(`alter table "site" add "sso_auto_create" boolean not null default false;`);

    this.addSql(`alter table "session" add "auth_method" text not null default 'password';`);
    this.addSql(
      `alter table "session" add constraint "session_auth_method_check" check ("auth_method" in ('password', 'sso'));`,
    );

    this.addSql(
      `create table "sso_used_state" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "state_hash" bytea not null, "expires_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "sso_used_state" add constraint "sso_used_state_state_hash_unique" unique ("state_hash");`,
    );
    this.addSql(
      `create index "sso_used_state_site_id_expires_at_index" on "sso_used_state" ("site_id", "expires_at");`,
    );
    this.addSql(
      `alter table "sso_used_state" add constraint "sso_used_state_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );

    this.addSql(`alter table "sso_used_state" enable row level security;`);
    this.addSql(
      `create policy tenant_isolation on "sso_used_state" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
    );
    this.addSql(`grant select, insert, delete on "sso_used_state" to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "sso_used_state" cascade;`);
    this.addSql(`alter table "session" drop constraint if exists "session_auth_method_check";`);
    this.addSql(`alter table "session" drop column "auth_method";`);
    this.addSql(`alter table "site" drop column "sso_issuer";`);
    this.addSql(`alter table "site" drop column "sso_client_id";`);
    this.addSql(`alter table "site" drop column "sso_client_secret";`);
    this.addSql(`alter table "site" drop column "sso_auto_create";`);
  }
}
