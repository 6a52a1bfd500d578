import { Migration } from '@mikro-orm/migrations';

const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

export class Migration20261123140200_Services extends Migration {
  override name = 'Migration20261123140200_Services';

  override up(): void | Promise<void> {
    this.addSql(
      `alter table "user_group" add column "field_exposure" jsonb not null default '{}';`,
    );

    this.addSql(
      `create table "service" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "name" varchar(100) not null, "description" varchar(1000) not null default '', "contact" varchar(200) not null default '', "allowed_ips" text[] not null default '{}', "permissions" text[] not null default '{}', "field_exposure" jsonb not null default '{}', "requests_per_minute" int not null default 600, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "service" add constraint "service_site_id_name_unique" unique ("site_id", "name");`,
    );
    this.addSql(
      `alter table "service" add constraint "service_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );

    this.addSql(
      `create table "service_token" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "service_id" uuid not null, "name" varchar(100) not null, "prefix" varchar(24) not null, "token_hash" bytea not null, "preview" boolean not null default false, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, "last_used_at" timestamptz null, "last_used_ip" varchar(64) null, "revoked_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "service_token" add constraint "service_token_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "service_token_site_id_service_id_index" on "service_token" ("site_id", "service_id");`,
    );
    this.addSql(
      `alter table "service_token" add constraint "service_token_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "service_token" add constraint "service_token_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "service_token" add constraint "service_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `create table "service_request_window" ("service_id" uuid not null, "window_start" timestamptz not null, "count" int not null, primary key ("service_id", "window_start"));`,
    );
    this.addSql(
      `alter table "service_request_window" add constraint "service_request_window_service_id_foreign" foreign key ("service_id") references "service" ("id") on delete cascade;`,
    );

    for (const table of ['service', 'service_token']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy tenant_isolation on "${table}" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
      );
      this.addSql(`grant select, insert, update, delete on "${table}" to horae_app;`);
    }

    // A bearer token arrives before the site is known, like a session cookie.
    this.addSql(`create function horae_resolve_service_token(p_token_hash bytea)
      returns table (token_id uuid, site_id uuid, service_id uuid)
      language sql stable security definer set search_path = pg_catalog, public as $$
        select t.id, t.site_id, t.service_id from public.service_token t
        where t.token_hash = p_token_hash
      $$;`);
    this.addSql(`revoke all on function horae_resolve_service_token(bytea) from public;`);
    this.addSql(`grant execute on function horae_resolve_service_token(bytea) to horae_app;`);

    // The per-minute quota counter: one upsert in its own transaction, shared by every process.
    this.addSql(`create function horae_count_service_request(p_service_id uuid)
      returns table (request_count int, window_started timestamptz)
      language plpgsql volatile security definer set search_path = pg_catalog, public as $$
      declare
        w timestamptz := date_trunc('minute', now());
      begin
        if random() < 0.01 then
          delete from public.service_request_window r
          where r.service_id = p_service_id and r.window_start < w - interval '1 hour';
        end if;
        return query
          insert into public.service_request_window as r (service_id, window_start, count)
          values (p_service_id, w, 1)
          on conflict on constraint service_request_window_pkey do update set count = r.count + 1
          returning r.count, r.window_start;
      end
      $$;`);
    this.addSql(`revoke all on function horae_count_service_request(uuid) from public;`);
    this.addSql(`grant execute on function horae_count_service_request(uuid) to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function if exists horae_count_service_request(uuid);`);
    this.addSql(`drop function if exists horae_resolve_service_token(bytea);`);
    this.addSql(`drop table if exists "service_request_window" cascade;`);
    this.addSql(`drop table if exists "service_token" cascade;`);
    this.addSql(`drop table if exists "service" cascade;`);
    this.addSql(`alter table "user_group" drop column "field_exposure";`);
  }
}
