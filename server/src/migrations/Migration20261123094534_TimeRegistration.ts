import { Migration } from '@mikro-orm/migrations';
// Frozen copy of the grants at this migration, so later catalog changes do not rewrite history.
const ALL_PERMISSIONS = [
  'user.read',
  'user.create',
  'user.update',
  'user.deactivate',
  'group.read',
  'site.read',
  'site.update',
  'audit.read',
  'audit.verify',
  'customer.read',
  'customer.create',
  'customer.update',
  'project.read',
  'project.create',
  'project.update',
  'timeEntry.read',
  'timeEntry.create',
  'timeEntry.update',
  'timeEntry.delete',
  'timesheet.read',
  'timesheet.submit',
  'timesheet.approve',
  'timesheet.reopen',
  'report.read',
  'invoice.read',
  'invoice.create',
  'invoice.issue',
  'invoice.void',
];
const BUILT_IN_GROUP_PERMISSIONS = {
  managers: [
    'user.read',
    'group.read',
    'customer.read',
    'project.read',
    'timeEntry.read:team',
    'timeEntry.create:own',
    'timeEntry.update:own',
    'timeEntry.delete:own',
    'timesheet.read:team',
    'timesheet.submit:own',
    'timesheet.approve:team',
    'report.read:team',
  ],
  employees: [
    'customer.read',
    'project.read',
    'timeEntry.read:own',
    'timeEntry.create:own',
    'timeEntry.update:own',
    'timeEntry.delete:own',
    'timesheet.read:own',
    'timesheet.submit:own',
    'report.read:own',
  ],
};

const TENANT_TABLES = [
  'customer',
  'project',
  'project_member',
  'task',
  'time_entry',
  'timer',
  'timesheet',
  'invoice',
  'invoice_line',
];
const CURRENT_SITE = `nullif(current_setting('app.site_id', true), '')::uuid`;

export class Migration20261123094534_TimeRegistration extends Migration {
  override name = 'Migration20261123094534_TimeRegistration';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "customer" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "name" varchar(200) not null, "number" varchar(50) null, "contact" text null, "vat_number" varchar(50) null, "currency" varchar(3) not null default 'EUR', "archived" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "customer_site_id_name_index" on "customer" ("site_id", "name");`);
    this.addSql(
      `alter table "customer" add constraint "customer_site_id_number_unique" unique ("site_id", "number");`,
    );

    this.addSql(
      `create table "invoice" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "customer_id" uuid not null, "number" int null, "status" text not null default 'draft', "period_from" date not null, "period_to" date not null, "currency" varchar(3) not null, "total_amount" bigint not null default '0', "total_minutes" int not null default 0, "issued_at" timestamptz null, "voided_at" timestamptz null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "invoice_site_id_customer_id_index" on "invoice" ("site_id", "customer_id");`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_site_id_number_unique" unique ("site_id", "number");`,
    );

    this.addSql(
      `create table "timesheet" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "week_start" date not null, "status" text not null default 'open', "submitted_at" timestamptz null, "decided_at" timestamptz null, "decided_by_id" uuid null, "comment" text null, primary key ("id"));`,
    );
    this.addSql(
      `create index "timesheet_site_id_status_week_start_index" on "timesheet" ("site_id", "status", "week_start");`,
    );
    this.addSql(
      `alter table "timesheet" add constraint "timesheet_user_id_week_start_unique" unique ("user_id", "week_start");`,
    );

    this.addSql(
      `create table "project" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "customer_id" uuid not null, "name" varchar(200) not null, "code" varchar(30) not null, "billable_by_default" boolean not null default true, "budget_minutes" int null, "budget_amount" bigint null, "hourly_rate" int null, "starts_on" date null, "ends_on" date null, "lead_id" uuid null, "archived" boolean not null default false, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "project_site_id_name_index" on "project" ("site_id", "name");`);
    this.addSql(
      `create index "project_site_id_customer_id_index" on "project" ("site_id", "customer_id");`,
    );
    this.addSql(
      `alter table "project" add constraint "project_site_id_code_unique" unique ("site_id", "code");`,
    );

    this.addSql(
      `create table "task" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "project_id" uuid not null, "name" varchar(200) not null, "billable" boolean not null default true, "hourly_rate" int null, "archived" boolean not null default false, primary key ("id"));`,
    );
    this.addSql(
      `create index "task_site_id_project_id_index" on "task" ("site_id", "project_id");`,
    );
    this.addSql(
      `alter table "task" add constraint "task_project_id_name_unique" unique ("project_id", "name");`,
    );

    this.addSql(
      `create table "timer" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "project_id" uuid not null, "task_id" uuid null, "description" text not null default '', "started_at" timestamptz not null, primary key ("id"));`,
    );
    this.addSql(`alter table "timer" add constraint "timer_user_id_unique" unique ("user_id");`);

    this.addSql(
      `create table "time_entry" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "user_id" uuid not null, "project_id" uuid not null, "task_id" uuid null, "date" date not null, "minutes" int not null, "started_at" timestamptz null, "ended_at" timestamptz null, "description" text not null default '', "billable" boolean not null default true, "status" text not null default 'open', "rate" int null, "amount" bigint null, "invoice_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "time_entry_site_id_user_id_date_index" on "time_entry" ("site_id", "user_id", "date");`,
    );
    this.addSql(
      `create index "time_entry_site_id_project_id_date_index" on "time_entry" ("site_id", "project_id", "date");`,
    );
    this.addSql(
      `create index "time_entry_site_id_date_index" on "time_entry" ("site_id", "date");`,
    );

    this.addSql(
      `create table "project_member" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "project_id" uuid not null, "user_id" uuid not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "project_member_site_id_user_id_index" on "project_member" ("site_id", "user_id");`,
    );
    this.addSql(
      `alter table "project_member" add constraint "project_member_project_id_user_id_unique" unique ("project_id", "user_id");`,
    );

    this.addSql(
      `create table "invoice_line" ("id" uuid not null default gen_random_uuid(), "site_id" uuid not null, "invoice_id" uuid not null, "project_id" uuid not null, "task_id" uuid null, "description" varchar(400) not null, "minutes" int not null, "rate" int not null, "amount" bigint not null, "position" smallint not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "invoice_line_site_id_invoice_id_index" on "invoice_line" ("site_id", "invoice_id");`,
    );

    this.addSql(
      `alter table "site" add "time_zone" varchar(64) not null default 'Europe/Amsterdam', add "currency" varchar(3) not null default 'EUR', add "default_hourly_rate" int not null default 0, add "rounding_minutes" smallint not null default 1;`,
    );

    this.addSql(
      `alter table "app_user" add "hourly_rate" int null, add "time_zone" varchar(64) null;`,
    );

    this.addSql(`alter table "group_membership" add "is_manager" boolean not null default false;`);

    this.addSql(
      `alter table "customer" add constraint "customer_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "invoice" add constraint "invoice_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(
      `alter table "invoice" add constraint "invoice_status_check" check ("status" in ('draft', 'issued', 'void'));`,
    );

    this.addSql(
      `alter table "timesheet" add constraint "timesheet_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "timesheet" add constraint "timesheet_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "timesheet" add constraint "timesheet_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "timesheet" add constraint "timesheet_status_check" check ("status" in ('open', 'submitted', 'approved', 'rejected'));`,
    );

    this.addSql(
      `alter table "project" add constraint "project_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "project" add constraint "project_customer_id_foreign" foreign key ("customer_id") references "customer" ("id");`,
    );
    this.addSql(
      `alter table "project" add constraint "project_lead_id_foreign" foreign key ("lead_id") references "app_user" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "task" add constraint "task_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "task" add constraint "task_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "timer" add constraint "timer_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "timer" add constraint "timer_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "timer" add constraint "timer_project_id_foreign" foreign key ("project_id") references "project" ("id");`,
    );
    this.addSql(
      `alter table "timer" add constraint "timer_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`,
    );

    this.addSql(
      `alter table "time_entry" add constraint "time_entry_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "time_entry" add constraint "time_entry_user_id_foreign" foreign key ("user_id") references "app_user" ("id");`,
    );
    this.addSql(
      `alter table "time_entry" add constraint "time_entry_project_id_foreign" foreign key ("project_id") references "project" ("id");`,
    );
    this.addSql(
      `alter table "time_entry" add constraint "time_entry_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "time_entry" add constraint "time_entry_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete set null;`,
    );
    this.addSql(
      `alter table "time_entry" add constraint "time_entry_status_check" check ("status" in ('open', 'submitted', 'approved', 'invoiced'));`,
    );

    this.addSql(
      `alter table "project_member" add constraint "project_member_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "project_member" add constraint "project_member_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "project_member" add constraint "project_member_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`,
    );

    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_site_id_foreign" foreign key ("site_id") references "site" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_invoice_id_foreign" foreign key ("invoice_id") references "invoice" ("id") on delete cascade;`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_project_id_foreign" foreign key ("project_id") references "project" ("id");`,
    );
    this.addSql(
      `alter table "invoice_line" add constraint "invoice_line_task_id_foreign" foreign key ("task_id") references "task" ("id") on delete set null;`,
    );

    // Tenant isolation for the new tables (see Migration20261123091500_Security).
    for (const table of TENANT_TABLES) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(
        `create policy tenant_isolation on "${table}" using (site_id = ${CURRENT_SITE}) with check (site_id = ${CURRENT_SITE});`,
      );
      this.addSql(`grant select, insert, update, delete on "${table}" to horae_app;`);
    }

    // Built-in groups of existing sites get the time-registration permissions.
    const grants = {
      administrators: ALL_PERMISSIONS,
      managers: BUILT_IN_GROUP_PERMISSIONS.managers,
      employees: BUILT_IN_GROUP_PERMISSIONS.employees,
    };
    for (const [builtIn, list] of Object.entries(grants)) {
      const literal = `{${list.map(g => `"${g}"`).join(',')}}`;
      this.addSql(
        `update "user_group" set "permissions" = '${literal}' where "built_in" = '${builtIn}';`,
      );
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "invoice" drop constraint "invoice_customer_id_foreign";`);
    this.addSql(`alter table "project" drop constraint "project_customer_id_foreign";`);
    this.addSql(`alter table "time_entry" drop constraint "time_entry_invoice_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_invoice_id_foreign";`);
    this.addSql(`alter table "task" drop constraint "task_project_id_foreign";`);
    this.addSql(`alter table "timer" drop constraint "timer_project_id_foreign";`);
    this.addSql(`alter table "time_entry" drop constraint "time_entry_project_id_foreign";`);
    this.addSql(
      `alter table "project_member" drop constraint "project_member_project_id_foreign";`,
    );
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_project_id_foreign";`);
    this.addSql(`alter table "timer" drop constraint "timer_task_id_foreign";`);
    this.addSql(`alter table "time_entry" drop constraint "time_entry_task_id_foreign";`);
    this.addSql(`alter table "invoice_line" drop constraint "invoice_line_task_id_foreign";`);

    this.addSql(`drop table if exists "customer" cascade;`);
    this.addSql(`drop table if exists "invoice" cascade;`);
    this.addSql(`drop table if exists "timesheet" cascade;`);
    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "task" cascade;`);
    this.addSql(`drop table if exists "timer" cascade;`);
    this.addSql(`drop table if exists "time_entry" cascade;`);
    this.addSql(`drop table if exists "project_member" cascade;`);
    this.addSql(`drop table if exists "invoice_line" cascade;`);

    this.addSql(`alter table "app_user" drop column "hourly_rate", drop column "time_zone";`);
    this.addSql(`alter table "app_user" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "app_user" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "audit_event" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "audit_event" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "group_membership" drop column "is_manager";`);
    this.addSql(`alter table "group_membership" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "group_membership" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(`alter table "session" enable row level security;`);
    this.addSql(
      `create policy "tenant_isolation" on "session" to public using ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((site_id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
    );

    this.addSql(
      `alter table "site" drop column "time_zone", drop column "currency", drop column "default_hourly_rate", drop column "rounding_minutes";`,
    );
    this.addSql(`alter table "site" enable row level security;`);
    this.addSql(`create policy "site_read" on "site" for select to public using (true);`);
    this.addSql(
      `create policy "site_update" on "site" for update to public using ((id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid)) with check ((id = (NULLIF(current_setting('app.site_id'::text, true), ''::text))::uuid));`,
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
