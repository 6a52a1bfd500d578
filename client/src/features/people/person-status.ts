import type { PeopleQuery } from '../../gql/graphql';

export type Person = PeopleQuery['users']['nodes'][number];

/**
 * An erased person keeps their row (their time stays valid) under a pseudonym; the API has no flag
 * for it, but the address it leaves behind is unmistakable.
 */
export function isErased(person: Person): boolean {
  return (
    person.email?.endsWith('@erased.invalid') ?? person.displayName.startsWith('Erased person')
  );
}

export type PersonStatus = {
  label: string;
  /** The badge's modifier class; the label says the same in words. */
  badge: string;
  /** More about it, e.g. until when an invitation works. */
  detail?: string;
};

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** What the Status column says: erased, deactivated, invited (or its link expired), or active. */
export function personStatus(person: Person, now = Date.now()): PersonStatus {
  if (isErased(person)) return { label: 'Erased', badge: 'badge--erased' };
  if (person.status === 'DEACTIVATED') return { label: 'Deactivated', badge: 'badge--deactivated' };
  if (person.invitation) {
    const expiresAt = new Date(person.invitation.expiresAt);
    return expiresAt.getTime() > now
      ? { label: 'Invited', badge: 'badge--invited', detail: `until ${DAY.format(expiresAt)}` }
      : {
          label: 'Invitation expired',
          badge: 'badge--invitation-expired',
          detail: `on ${DAY.format(expiresAt)}`,
        };
  }
  return { label: 'Active', badge: 'badge--active' };
}
