import { formatMoney } from '../../components/money';

/** What the viewer may know about people's hourly rates, from PeopleRates. */
export type RateAccess = {
  /** User.hourlyRate is exposed to the viewer; undefined until known. */
  exposed: boolean | undefined;
  viewerId: string;
  /** The site's currency; undefined until known. */
  currency: string | undefined;
};

/**
 * Whether the viewer reads this person's rate: the field is exposed to them or it is their own
 * (a hidden rate comes back null, like one that is not set).
 */
export function mayReadRate(
  person: { id: string; hourlyRate?: number | null },
  access: RateAccess,
): boolean {
  return person.hourlyRate != null || access.exposed === true || person.id === access.viewerId;
}

/** The person's own hourly rate for the People table: the amount, "Not set", or hidden. */
export function PersonRate({
  person,
  access,
}: {
  person: { id: string; hourlyRate?: number | null };
  access: RateAccess;
}) {
  if (!mayReadRate(person, access)) {
    return (
      <span className="muted" title="Hidden from you (field exposure)">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">Hidden</span>
      </span>
    );
  }
  if (person.hourlyRate == null) return <span className="muted">Not set</span>;
  return <>{formatMoney(person.hourlyRate, access.currency)}/h</>;
}
