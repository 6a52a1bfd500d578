import { Migration } from '@mikro-orm/migrations';

const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

export class Migration20261123104753_Mfa extends Migration {
  override name = 'Migration20261123104753_Mfa';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "recovery_code" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "code_hash" bytea not null, "used_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "recovery_code_site_id_user_id_index" on "recovery_code" ("site_id", "user_id");`,
    );

    this.addSql(
      `create table "mfa_factor" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "secret_encrypted" bytea not null, "confirmed_at" timestamptz null, "last_step" bigint null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "mfa_factor" add constraint "mfa_factor_user_id_unique" unique ("user_id");`,
    );

    this.addSql(`alter table "session" add "mfa_pending_until" timestamptz null;`);

    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "recovery_code" add constraint "recovery_code_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "mfa_factor" add constraint "mfa_factor_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "mfa_factor" add constraint "mfa_factor_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    for (const table of ['mfa_factor', 'recovery_code']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy tenant_isolation on "${table}" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
      );
      this.addSql(`grant select, insert, update, delete on "${table}" to horae_app;`);
    }
    // Session resolution also tells whether the session still waits for its second factor.
    this.addSql(`drop function horae_resolve_session(bytea);`);
    this.addSql(`create function horae_resolve_session(p_token_hash bytea)
      returns table (session_id uuid, site_id uuid, user_id uuid, created_at timestamptz,
                     last_seen_at timestamptz, expires_at timestamptz, revoked_at timestamptz,
                     mfa_pending_until timestamptz)
      language sql stable security definer set search_path = pg_catalog, public as $$
        select s.id, s.site_id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
               s.mfa_pending_until
        from public.session s where s.token_hash = p_token_hash
      $$;`);
    this.addSql(`revoke all on function horae_resolve_session(bytea) from public;`);
    this.addSql(`grant execute on function horae_resolve_session(bytea) to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "recovery_code" cascade;`);
    this.addSql(`drop table if exists "mfa_factor" cascade;`);

    this.addSql(`alter table "app_user" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "app_user" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "audit_event" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "audit_event" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "customer" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "customer" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "group_membership" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "group_membership" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "invoice" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "invoice" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "invoice_line" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "invoice_line" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "project" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "project" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "project_member" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "project_member" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "session" drop column "mfa_pending_until";`);
    this.addSql(`alter table "session" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "session" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "site" enable row level security;`);
    this.addSql(`create policy "site_read" on "site" for select to public using (true);`);
    this.addSql(
      `create policy "site_update" on "site" for update to public using ((id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "task" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "task" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "time_entry" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "time_entry" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "timer" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "timer" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "timesheet" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "timesheet" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "user_group" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "user_group" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this
      .addSql(`create or replace function "horae_resolve_session"("p_token_hash" bytea) returns TABLE(session_id uuid, site_id uuid, user_id uuid, created_at timestamp with time zone, last_seen_at timestamp with time zone, expires_at timestamp with time zone, revoked_at timestamp with time zone) security definer language sql as \$\$ select s.id, s.site_id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at
        from public.session s where s.token_hash = p_token_hash \$\$;`);
  }
}
