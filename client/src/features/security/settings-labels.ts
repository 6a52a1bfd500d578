import type { MfaRequirement } from '../../gql/graphql';

/**
 * What a site may choose (the server's SETTING_RANGES, also in the schema's descriptions). Shown
 * next to the fields; the server checks them and its errors appear at the field.
 */
export const SETTING_RANGES = {
  minPasswordScore: [3, 4],
  sessionIdleMinutes: [15, 60],
  sessionAbsoluteHours: [4, 24],
  roundingMinutes: [1, 60],
} as const;

export const PASSWORD_SCORES: readonly { value: number; label: string }[] = [
  { value: 3, label: 'Strong: score 3 of 4' },
  { value: 4, label: 'Very strong: score 4 of 4' },
];

export function passwordScoreLabel(score: number): string {
  return PASSWORD_SCORES.find(s => s.value === score)?.label ?? `Score ${score} of 4`;
}

export const MFA_REQUIREMENTS: readonly { value: MfaRequirement; label: string; hint: string }[] = [
  {
    value: 'NONE',
    label: 'No one',
    hint: 'Everyone may turn two-step sign-in on for themselves.',
  },
  {
    value: 'ADMINS',
    label: 'Administrators',
    hint: 'Members of the Administrators group must turn it on before they can use the site.',
  },
  {
    value: 'ALL',
    label: 'Everyone',
    hint: 'Everyone must turn it on before they can use the site.',
  },
];

export function mfaRequirementLabel(requirement: MfaRequirement): string {
  const label = MFA_REQUIREMENTS.find(r => r.value === requirement)?.label ?? requirement;
  return requirement === 'NONE' ? 'Required for no one' : `Required for ${label.toLowerCase()}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "From 15 to 60 minutes." */
export function rangeHint(range: readonly [number, number], unit: string): string {
  return `From ${range[0]} to ${range[1]} ${unit}.`;
}

/** A whole number as typed, or null when it is not one. */
export function parseWhole(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : null;
}
