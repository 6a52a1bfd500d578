import { Migration } from '@mikro-orm/migrations';

const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

export class Migration20261123110910_Invitations extends Migration {
  override name = 'Migration20261123110910_Invitations';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "user_token" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "purpose" text not null, "token_hash" bytea not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "user_token" add constraint "user_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "user_token_site_id_user_id_index" on "user_token" ("site_id", "user_id");`,
    );

    this.addSql(
      `alter table "user_token" add constraint "user_token_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "user_token" add constraint "user_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "user_token" add constraint "user_token_purpose_check" check ("purpose" in ('invitation', 'password_reset'));`,
    );

    this.addSql(`alter table "user_token" enable row level security;`);
    this.addSql(
      `create policy tenant_isolation on "user_token" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
    );
    this.addSql(`grant select, insert, update, delete on "user_token" to horae_app;`);
    // Following an emailed link happens before the site is known, like resolving a session.
    this.addSql(`create function horae_resolve_user_token(p_token_hash bytea)
      returns table (token_id uuid, site_id uuid, user_id uuid, purpose text,
                     expires_at timestamptz, used_at timestamptz)
      language sql stable security definer set search_path = pg_catalog, public as $$
        select t.id, t.site_id, t.user_id, t.purpose, t.expires_at, t.used_at
        from public.user_token t where t.token_hash = p_token_hash
      $$;`);
    this.addSql(`revoke all on function horae_resolve_user_token(bytea) from public;`);
    this.addSql(`grant execute on function horae_resolve_user_token(bytea) to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists horae_resolve_user_token(bytea);`);
    this.addSql(`drop table if exists "user_token" cascade;`);

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

    this.addSql(`alter table "mfa_factor" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "mfa_factor" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "project" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "project" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "project_member" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "project_member" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "recovery_code" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "recovery_code" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

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
      .addSql(`create or replace function "horae_resolve_session"("p_token_hash" bytea) returns TABLE(session_id uuid, site_id uuid, user_id uuid, created_at timestamp with time zone, last_seen_at timestamp with time zone, expires_at timestamp with time zone, revoked_at timestamp with time zone, mfa_pending_until timestamp with time zone) security definer language sql as \$\$ select s.id, s.site_id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
               s.mfa_pending_until
        from public.session s where s.token_hash = p_token_hash \$\$;`);
  }
}
