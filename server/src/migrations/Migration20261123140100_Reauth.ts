import { Migration } from '@mikro-orm/migrations';

export class Migration20261123140100_Reauth extends Migration {
  override name = 'Migration20261123140100_Reauth';

  override up(): void | Promise<void> {
    // When the person last proved who they are in the session (sign-in or reauthenticate);
    // sensitive changes need it within the last 10 minutes.
    this.addSql(`alter table "session" add "authenticated_at" timestamptz null;`);
    // Sessions from before this column: their sign-in is the last proof we know of.
    this.addSql(
      `update "session" set "authenticated_at" = "created_at" where "mfa_pending_until" is null;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "session" drop column "authenticated_at";`);
  }
}
