import { Migration } from '@mikro-orm/migrations';

/**
 * Time-entry lists page by (date, id), newest first: with `id` in the index a page reads just its
 * own rows instead of every entry of the dates it touches, then sorting them.
 */
export class Migration20261123155716_TimeEntryKeysetIndexes extends Migration {
  override name = 'Migration20261123155716_TimeEntryKeysetIndexes';

  override up(): void | Promise<void> {
    this.addSql(`drop index "time_entry_site_id_date_index";`);
    this.addSql(`drop index "time_entry_site_id_project_id_date_index";`);
    this.addSql(`drop index "time_entry_site_id_user_id_date_index";`);
    this.addSql(
      `create index "time_entry_site_id_user_id_date_id_index" on "time_entry" ("site_id", "user_id", "date", "id");`,
    );
    this.addSql(
      `create index "time_entry_site_id_project_id_date_id_index" on "time_entry" ("site_id", "project_id", "date", "id");`,
    );
    this.addSql(
      `create index "time_entry_site_id_date_id_index" on "time_entry" ("site_id", "date", "id");`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "time_entry_site_id_user_id_date_id_index";`);
    this.addSql(`drop index "time_entry_site_id_project_id_date_id_index";`);
    this.addSql(`drop index "time_entry_site_id_date_id_index";`);
    this.addSql(
      `create index "time_entry_site_id_date_index" on "time_entry" ("site_id", "date");`,
    );
    this.addSql(
      `create index "time_entry_site_id_project_id_date_index" on "time_entry" ("site_id", "project_id", "date");`,
    );
    this.addSql(
      `create index "time_entry_site_id_user_id_date_index" on "time_entry" ("site_id", "user_id", "date");`,
    );
  }
}
