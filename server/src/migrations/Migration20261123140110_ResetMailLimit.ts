import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140110_ResetMailLimit extends Migration {
  override name = 'Migration20261123140110_ResetMailLimit';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "account_mail_request" ("id" bigserial primary key, "purpose" text not null, "address_key" varchar(64) not null, "ip_key" varchar(64) not null, "target_site_id" uuid null, "sent" boolean not null, "occurred_at" timestamptz not null default now());`,
    );
    this.addSql(
      `create index "account_mail_request_address_key_occurred_at_index" on "account_mail_request" ("address_key", "occurred_at");`,
    );
    this.addSql(
      `create index "account_mail_request_ip_key_occurred_at_index" on "account_mail_request" ("ip_key", "occurred_at");`,
    );
    this.addSql(
      `alter table "account_mail_request" add constraint "account_mail_request_purpose_check" check ("purpose" in ('invitation', 'password_reset'));`,
    );
    // Like login_attempt: shared by every process and site, no tenant policy, no email stored.
    this.addSql(`grant select, insert on "account_mail_request" to horae_app;`);
    this.addSql(`grant usage, select on sequence "account_mail_request_id_seq" to horae_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "account_mail_request" cascade;`);
  }
}
