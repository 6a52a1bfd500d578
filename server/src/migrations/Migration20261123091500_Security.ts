import { Migration } from '@mikro-orm/migrations';

/**
 * The database half of tenant isolation. Requests run as `horae_app`, which owns nothing, so the
 * RLS policies below apply to it; every request sets `app.site_id` with SET LOCAL.
 */
const TENANT_TABLES = ['app_user', 'user_group', 'group_membership', 'session', 'audit_event'];
const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

export class Migration20261123091500_Security extends Migration {
  override name = 'Migration20261123091500_Security';

  override up(): void {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'horae_app') then
        create role horae_app nologin;
      end if;
    end $$;`);
    this.addSql(`grant usage on schema public to horae_app;`);
    this.addSql(
      `alter default privileges in schema public grant select, insert, update, delete on tables to horae_app;`,
    );
    this.addSql(
      `alter default privileges in schema public grant usage, select on sequences to horae_app;`,
    );

    for (const table of TENANT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy tenant_isolation on "${table}" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
      );
    }
    this.addSql(
      `grant select, insert, update, delete on app_user, user_group, group_membership, session to horae_app;`,
    );

    // Sites are the tenants themselves: readable (sign-in looks them up by slug), changeable only
    // for the current site, created and deleted only by the operator (owner role).
    this.addSql(`alter table "site" enable row level security;`);
    this.addSql(`create policy site_read on "site" for select using (true);`);
    this.addSql(
      `create policy site_update on "site" for update using (id = ${CURRENT_SITE}) with check (id = ${CURRENT_SITE});`,
    );
    this.addSql(`grant select, update on site to horae_app;`);

    // The audit log is append-only for the application.
    this.addSql(`revoke update, delete, truncate on audit_event from horae_app;`);
    this.addSql(`grant select, insert on audit_event to horae_app;`);

    // Resolving a session cookie happens before the site is known. This is the one cross-tenant
    // read the application can make, and it needs the secret's hash.
    this.addSql(`create function horae_resolve_session(p_token_hash bytea)
      returns table (session_id uuid, site_id uuid, user_id uuid, created_at timestamptz,
                     last_seen_at timestamptz, expires_at timestamptz, revoked_at timestamptz)
      language sql stable security definer set search_path = pg_catalog, public as $$
        select s.id, s.site_id, s.user_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at
        from public.session s where s.token_hash = p_token_hash
      $$;`);
    this.addSql(`revoke all on function horae_resolve_session(bytea) from public;`);
    this.addSql(`grant execute on function horae_resolve_session(bytea) to horae_app;`);
  }

  override down(): void {
    this.addSql(`drop function if exists horae_resolve_session(bytea);`);
    for (const table of TENANT_TABLES) {
      this.addSql(`drop policy if exists tenant_isolation on "${table}";`);
      this.addSql(`alter table "${table}" disable row level security;`);
    }
    this.addSql(`drop policy if exists site_read on "site";`);
    this.addSql(`drop policy if exists site_update on "site";`);
    this.addSql(`alter table "site" disable row level security;`);
  }
}
