import { Migration20261123091047_Initial } from './Migration20261123091047_Initial.js';
import { Migration20261123091500_Security } from './Migration20261123091500_Security.js';
import { Migration20261123094534_TimeRegistration } from './Migration20261123094534_TimeRegistration.js';
import { Migration20261123103354_LoginThrottling } from './Migration20261123103354_LoginThrottling.js';
import { Migration20261123104753_Mfa } from './Migration20261123104753_Mfa.js';
import { Migration20261123110910_Invitations } from './Migration20261123110910_Invitations.js';

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
];
