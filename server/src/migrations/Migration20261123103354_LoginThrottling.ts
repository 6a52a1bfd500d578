import { Migration } from '@mikro-orm/migrations';

export class Migration20261123103354_LoginThrottling extends Migration {
  override name = 'Migration20261123103354_LoginThrottling';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "login_attempt" ("id" bigserial primary key, "ip_key" varchar(64) not null, "range_key" varchar(64) not null, "account_key" varchar(64) not null, "target_site_id" uuid null, "success" boolean not null, "occurred_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "login_attempt_ip_key_occurred_at_index" on "login_attempt" ("ip_key", "occurred_at");`,
    );
    this.addSql(
      `create index "login_attempt_account_key_occurred_at_index" on "login_attempt" ("account_key", "occurred_at");`,
    );
    this.addSql(`create index "login_attempt_range_key_index" on "login_attempt" ("range_key");`);

    this.addSql(
      `create table "login_block" ("id" uuid not null default gen_random_uuid(), "scope" text not null, "key" varchar(140) not null, "target_site_id" uuid null, "reason" varchar(200) not null, "created_at" timestamptz not null default now(), "blocked_until" timestamptz not null, "lifted_at" timestamptz null, "lifted_by" uuid null, primary key ("id"));`,
    );
    this.addSql(
      `create index "login_block_key_blocked_until_index" on "login_block" ("key", "blocked_until");`,
    );
    this.addSql(
      `create index "login_block_target_site_id_blocked_until_index" on "login_block" ("target_site_id", "blocked_until");`,
    );

    this.addSql(
      `alter table "login_block" add constraint "login_block_scope_check" check ("scope" in ('ip', 'ip_account', 'range'));`,
    );

    // Shared by every server process and every site (an address attacks many sites at once):
    // no tenant policy; the application reads and writes them only through the throttle module,
    // and administrators see the blocks of their own site.
    this.addSql(`grant select, insert, update on "login_attempt", "login_block" to horae_app;`);
    this.addSql(`grant usage, select on sequence "login_attempt_id_seq" to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "login_attempt" cascade;`);
    this.addSql(`drop table if exists "login_block" cascade;`);

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
