import type { CatalogField } from '@horae/shared/fields';
import type { Permission } from '@horae/shared/permissions';
import type { ShieldRule } from './rules.js';

/** Who is asking, reduced to what the rules look at. */
export type RuleView = {
  kind: 'user' | 'service';
  permissions: ReadonlySet<Permission>;
  exposure: ReadonlySet<CatalogField>;
};

/**
 * Whether an actor passes a shield rule, read off the rule itself (no request needed): used to
 * print the schema a service sees and by the tests generated from the catalogs. Understands
 * `can:<permission>`, `exposed:<field>`, `isAuthenticated`, `isUser`, `recentlyAuthenticated` and
 * `recentlyAuthenticated:<condition>` (for a person who has just signed in) and
 * and/chain/or/race/not of those. Returns undefined for rules it cannot judge without a request:
 * public sign-in flows and other rules that look at arguments.
 */
export function ruleAllows(rule: ShieldRule, view: RuleView): boolean | undefined {
  const kind = rule.constructor.name;
  if (kind === 'RuleTrue' || kind === 'RuleFalse') return undefined;
  const logic = rule as { getRules?: () => ShieldRule[] };
  if (typeof logic.getRules === 'function') {
    const parts = logic.getRules().map(r => ruleAllows(r, view));
    if (kind === 'RuleNot') return parts[0] === undefined ? undefined : !parts[0];
    if (kind === 'RuleOr' || kind === 'RuleRace') {
      if (parts.includes(true)) return true;
      return parts.includes(undefined) ? undefined : false;
    }
    if (parts.includes(false)) return false;
    return parts.includes(undefined) ? undefined : true;
  }
  const name = (rule as { name?: string }).name ?? '';
  if (name.startsWith('can:')) return view.permissions.has(name.slice(4) as Permission);
  if (name.startsWith('exposed:')) return view.exposure.has(name.slice(8) as CatalogField);
  // A service proves itself with its token on every request; people here have just signed in.
  // `recentlyAuthenticated:<condition>` only asks more of some arguments: the same, for them.
  if (
    name === 'isAuthenticated' ||
    name === 'recentlyAuthenticated' ||
    name.startsWith('recentlyAuthenticated:')
  )
    return true;
  if (name === 'isUser') return view.kind === 'user';
  return undefined;
}

/** The permissions a rule mentions (`can:` anywhere inside it). */
export function permissionsIn(rule: ShieldRule): Permission[] {
  const logic = rule as { getRules?: () => ShieldRule[] };
  if (typeof logic.getRules === 'function') return logic.getRules().flatMap(permissionsIn);
  const name = (rule as { name?: string }).name ?? '';
  return name.startsWith('can:') ? [name.slice(4) as Permission] : [];
}
