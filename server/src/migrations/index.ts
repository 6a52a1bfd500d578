import { Migration20261123091047_Initial } from './Migration20261123091047_Initial.js';
import { Migration20261123091500_Security } from './Migration20261123091500_Security.js';
import { Migration20261123094534_TimeRegistration } from './Migration20261123094534_TimeRegistration.js';
import { Migration20261123103354_LoginThrottling } from './Migration20261123103354_LoginThrottling.js';
import { Migration20261123104753_Mfa } from './Migration20261123104753_Mfa.js';
import { Migration20261123110910_Invitations } from './Migration20261123110910_Invitations.js';
import { Migration20261123140000_Sso } from './Migration20261123140000_Sso.js';
import { Migration20261123140100_Reauth } from './Migration20261123140100_Reauth.js';
import { Migration20261123140110_ResetMailLimit } from './Migration20261123140110_ResetMailLimit.js';
import { Migration20261123140200_Services } from './Migration20261123140200_Services.js';
import { Migration20261123150000_Backups } from './Migration20261123150000_Backups.js';
import { Migration20261123150100_Import } from './Migration20261123150100_Import.js';
import { Migration20261123150200_Gdpr } from './Migration20261123150200_Gdpr.js';
import { Migration20261123155716_TimeEntryKeysetIndexes } from './Migration20261123155716_TimeEntryKeysetIndexes.js';

/**
 * Every migration, in order. Listed explicitly (not globbed from disk) so that the same code runs
 * under tsx, Vitest and a bundler. `pnpm horae migrations:create` writes a file; add it here.
 */
export const migrationsList = [
  { name: 'Migration20261123091047_Initial', class: Migration20261123091047_Initial },
  { name: 'Migration20261123091500_Security', class: Migration20261123091500_Security },
  {
    name: 'Migration20261123094534_TimeRegistration',
    class: Migration20261123094534_TimeRegistration,
  },
  {
    name: 'Migration20261123103354_LoginThrottling',
    class: Migration20261123103354_LoginThrottling,
  },
  { name: 'Migration20261123104753_Mfa', class: Migration20261123104753_Mfa },
  { name: 'Migration20261123110910_Invitations', class: Migration20261123110910_Invitations },
  { name: 'Migration20261123140000_Sso', class: Migration20261123140000_Sso },
  { name: 'Migration20261123140100_Reauth', class: Migration20261123140100_Reauth },
  {
    name: 'Migration20261123140110_ResetMailLimit',
    class: Migration20261123140110_ResetMailLimit,
  },
  { name: 'Migration20261123140200_Services', class: Migration20261123140200_Services },
  { name: 'Migration20261123150000_Backups', class: Migration20261123150000_Backups },
  { name: 'Migration20261123150100_Import', class: Migration20261123150100_Import },
  { name: 'Migration20261123150200_Gdpr', class: Migration20261123150200_Gdpr },
  {
    name: 'Migration20261123155716_TimeEntryKeysetIndexes',
    class: Migration20261123155716_TimeEntryKeysetIndexes,
  },
];
