/**
 * The field catalog: the sensitive fields of the API. Each can be hidden from a group of people
 * or from a service (partner integration). A hidden field is nullable in the schema and comes back
 * as null with a FORBIDDEN error at its path; CSV exports leave it out and reports blank it.
 *
 * Defaults: people see every field unless a group of theirs is told otherwise (members of the
 * built-in Administrators group always see everything); services see none of these fields until an
 * administrator exposes them.
 */
export const FIELD_CATALOG = {
  'User.email': {
    label: 'Email address of a person',
    category: 'Personal data',
    users: true,
    services: false,
  },
  'User.hourlyRate': {
    label: 'Hourly rate of a person',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'Customer.contact': {
    label: 'Customer contact person and details',
    category: 'Personal data',
    users: true,
    services: false,
  },
  'Customer.vatNumber': {
    label: 'Customer VAT number',
    category: 'Business data',
    users: true,
    services: false,
  },
  'Project.hourlyRate': {
    label: 'Project hourly rate',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'Project.budgetAmount': {
    label: 'Project budget (money)',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'Task.hourlyRate': {
    label: 'Task hourly rate',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'TimeEntry.rate': {
    label: 'Hourly rate fixed on a time entry',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'TimeEntry.amount': {
    label: 'Amount of a time entry',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'Invoice.totalAmount': {
    label: 'Invoice total',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'InvoiceLine.rate': {
    label: 'Invoice line rate',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'InvoiceLine.amount': {
    label: 'Invoice line amount',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'ReportRow.amount': {
    label: 'Amounts in reports',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
  'ReportRow.budgetAmount': {
    label: 'Project budgets in reports',
    category: 'Rates and amounts',
    users: true,
    services: false,
  },
} as const satisfies Record<
  `${string}.${string}`,
  { label: string; category: string; users: boolean; services: boolean }
>;

export type CatalogField = keyof typeof FIELD_CATALOG;

export const ALL_FIELDS = Object.keys(FIELD_CATALOG) as CatalogField[];

export function isCatalogField(value: string): value is CatalogField {
  return Object.hasOwn(FIELD_CATALOG, value);
}

/** Overrides stored on a group or a service: field -> exposed. Absent fields use the default. */
export type ExposureOverrides = Partial<Record<CatalogField, boolean>>;

/** The fields a service may read: its overrides over the services' defaults. */
export function serviceExposure(overrides: ExposureOverrides): Set<CatalogField> {
  return new Set(ALL_FIELDS.filter(f => overrides[f] ?? FIELD_CATALOG[f].services));
}

/** The fields one group exposes to its members. */
export function groupExposure(overrides: ExposureOverrides): Set<CatalogField> {
  return new Set(ALL_FIELDS.filter(f => overrides[f] ?? FIELD_CATALOG[f].users));
}

/**
 * A person sees a field when any of their groups exposes it (like permissions, exposure adds up
 * over groups). Someone in no group sees only the default-visible fields.
 */
export function userExposure(
  groups: readonly { overrides: ExposureOverrides; administrators: boolean }[],
): Set<CatalogField> {
  if (groups.some(g => g.administrators)) return new Set(ALL_FIELDS);
  if (groups.length === 0) return groupExposure({});
  const result = new Set<CatalogField>();
  for (const g of groups) for (const f of groupExposure(g.overrides)) result.add(f);
  return result;
}

/** Keeps only known fields with boolean values (stored JSON may predate a catalog change). */
export function cleanOverrides(value: unknown): ExposureOverrides {
  const result: ExposureOverrides = {};
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (isCatalogField(k) && typeof v === 'boolean') result[k] = v;
    }
  }
  return result;
}
