import { Migration } from '@mikro-orm/migrations';

export class Migration20261123150200_Gdpr extends Migration {
  override name = 'Migration20261123150200_Gdpr';

  override up(): void | Promise<void> {
    this.addSql(`alter table "app_user" add column "erased_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "app_user" drop column "erased_at";`);
  }
}
