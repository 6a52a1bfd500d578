import { Migration } from '@mikro-orm/migrations';

export class Migration20261123091047_Initial extends Migration {
  override name = 'Migration20261123091047_Initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "site" ("id" uuid not null default gen_random_uuid(), "slug" varchar(63) not null, "name" varchar(200) not null, "min_password_score" smallint not null default 3, "mfa_required" text not null default 'none', "sso_mode" text not null default 'off', "session_idle_minutes" smallint not null default 30, "session_absolute_hours" smallint not null default 12, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`alter table "site" add constraint "site_slug_unique" unique ("slug");`);

    this.addSql(
      `create table "user_group" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "name" varchar(100) not null, "built_in" text null, "permissions" text[] not null default '{}', "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `alter table "user_group" add constraint "user_group_site_id_name_unique" unique ("site_id", "name");`,
    );

    this.addSql(
      `create table "audit_event" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "seq" bigint not null, "occurred_at" timestamptz not null, "actor_type" varchar(20) not null, "actor_id" uuid null, "action" varchar(100) not null, "target_type" varchar(50) null, "target_id" varchar(100) null, "ip" varchar(64) null, "request_id" varchar(64) null, "data" jsonb not null, "prev_hash" bytea null, "hash" bytea not null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "audit_event" add constraint "audit_event_site_id_seq_unique" unique ("site_id", "seq");`,
    );

    this.addSql(
      `create table "app_user" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "email" varchar(320) not null, "display_name" varchar(200) not null, "status" text not null default 'active', "password_hash" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "app_user_site_id_display_name_index" on "app_user" ("site_id", "display_name");`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_site_id_email_unique" unique ("site_id", "email");`,
    );

    this.addSql(
      `create table "session" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "token_hash" bytea not null, "created_at" timestamptz not null default now(), "last_seen_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_reason" varchar(40) null, "ip" varchar(64) null, "user_agent" varchar(500) null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(
      `create index "session_site_id_user_id_index" on "session" ("site_id", "user_id");`,
    );

    this.addSql(
      `create table "group_membership" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "group_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "group_membership_site_id_user_id_index" on "group_membership" ("site_id", "user_id");`,
    );
    this.addSql(
      `alter table "group_membership" add constraint "group_membership_group_id_user_id_unique" unique ("group_id", "user_id");`,
    );

    this.addSql(
      `alter table "site" add constraint "site_mfa_required_check" check ("mfa_required" in ('none', 'admins', 'all'));`,
    );
    this.addSql(
      `alter table "site" add constraint "site_sso_mode_check" check ("sso_mode" in ('off', 'optional', 'required'));`,
    );

    this.addSql(
      `alter table "user_group" add constraint "user_group_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "user_group" add constraint "user_group_built_in_check" check ("built_in" in ('administrators', 'managers', 'employees'));`,
    );

    this.addSql(
      `alter table "audit_event" add constraint "audit_event_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "app_user" add constraint "app_user_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "app_user" add constraint "app_user_status_check" check ("status" in ('active', 'deactivated'));`,
    );

    this.addSql(
      `alter table "session" add constraint "session_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "session" add constraint "session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "group_membership" add constraint "group_membership_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "group_membership" add constraint "group_membership_group_id_foreign" foreign key ("group_id") references "user_group" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "group_membership" add constraint "group_membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "user_group" drop constraint "user_group_site_id_foreign";`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_site_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_site_id_foreign";`);
    this.addSql(`alter table "session" drop constraint "session_site_id_foreign";`);
    this.addSql(
      `alter table "group_membership" drop constraint "group_membership_site_id_foreign";`,
    );
    this.addSql(
      `alter table "group_membership" drop constraint "group_membership_group_id_foreign";`,
    );
    this.addSql(`alter table "session" drop constraint "session_user_id_foreign";`);
    this.addSql(
      `alter table "group_membership" drop constraint "group_membership_user_id_foreign";`,
    );

    this.addSql(`drop table if exists "site" cascade;`);
    this.addSql(`drop table if exists "user_group" cascade;`);
    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "session" cascade;`);
    this.addSql(`drop table if exists "group_membership" cascade;`);
  }
}
