import { hoursInput, parseHours } from '../../components/hours';
import { moneyInput, parseMoney } from '../../components/money';
import type { FormErrors } from '../../components/form-errors';
import type { ProjectFieldsFragment } from '../../gql/graphql';

export const PROJECT_FIELDS = [
  'customerId',
  'code',
  'name',
  'hourlyRate',
  'budgetMinutes',
  'budgetAmount',
  'startsOn',
  'endsOn',
] as const;
export type ProjectField = (typeof PROJECT_FIELDS)[number];

/** What the project form holds: text as typed. */
export type ProjectDraft = {
  customerId: string;
  code: string;
  name: string;
  billableByDefault: boolean;
  hourlyRate: string;
  budgetHours: string;
  budgetAmount: string;
  startsOn: string;
  endsOn: string;
};

export function draftOf(
  project: ProjectFieldsFragment | undefined,
  customerId: string,
  currency: string | null | undefined,
): ProjectDraft {
  return {
    customerId,
    code: project?.code ?? '',
    name: project?.name ?? '',
    billableByDefault: project?.billableByDefault ?? true,
    hourlyRate: moneyInput(project?.hourlyRate, currency),
    budgetHours: hoursInput(project?.budgetMinutes),
    budgetAmount: moneyInput(project?.budgetAmount, currency),
    startsOn: project?.startsOn ?? '',
    endsOn: project?.endsOn ?? '',
  };
}

export type ProjectValues = {
  code: string;
  name: string;
  billableByDefault: boolean;
  hourlyRate: number | null;
  budgetMinutes: number | null;
  budgetAmount: number | null;
  startsOn: string | null;
  endsOn: string | null;
};

/** The numbers in the draft, or what is wrong with them (before asking the server). */
export function readDraft(
  draft: ProjectDraft,
  currency: string | null | undefined,
): { ok: true; values: ProjectValues } | { ok: false; errors: FormErrors<ProjectField> } {
  const rate = parseMoney(draft.hourlyRate, currency, 'The hourly rate');
  const minutes = parseHours(draft.budgetHours, 'The time budget');
  const amount = parseMoney(draft.budgetAmount, currency, 'The money budget');
  if (!rate.ok || !minutes.ok || !amount.ok) {
    const fields: FormErrors<ProjectField>['fields'] = {};
    if (!rate.ok) fields.hourlyRate = rate.message;
    if (!minutes.ok) fields.budgetMinutes = minutes.message;
    if (!amount.ok) fields.budgetAmount = amount.message;
    return { ok: false, errors: { fields, general: [] } };
  }
  return {
    ok: true,
    values: {
      code: draft.code,
      name: draft.name,
      billableByDefault: draft.billableByDefault,
      hourlyRate: rate.value,
      budgetMinutes: minutes.value,
      budgetAmount: amount.value,
      startsOn: draft.startsOn || null,
      endsOn: draft.endsOn || null,
    },
  };
}
