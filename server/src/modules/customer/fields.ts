import { UserError } from '../../graphql/user-error.js';

/**
 * Normalises free-text input. Returns the trimmed text, or a UserError saying what is wrong, in
 * words a person can act on.
 */
export function requiredText(
  value: string,
  opts: { field: string; code: string; label: string; max: number },
): string | UserError {
  const text = value.trim();
  if (!text) return UserError.of(opts.code, `${opts.label} is required.`, opts.field);
  if ([...text].length > opts.max) {
    return UserError.of(opts.code, `${opts.label} has at most ${opts.max} characters.`, opts.field);
  }
  return text;
}

/** Like requiredText, but blank means "none" (null). */
export function optionalText(
  value: string | null,
  opts: { field: string; code: string; label: string; max: number },
): string | null | UserError {
  const text = value?.trim() ?? '';
  if (!text) return null;
  return requiredText(text, opts);
}

/** Money and durations: a whole number of at least zero, or null for "not set". */
export function optionalAmount(
  value: number | null,
  opts: { field: string; code: string; label: string },
): number | null | UserError {
  if (value === null) return null;
  if (!Number.isSafeInteger(value) || value < 0) {
    return UserError.of(
      opts.code,
      `${opts.label} must be a whole number of 0 or more.`,
      opts.field,
    );
  }
  return value;
}

/** Collects the problems of several checks: each check returns its value or a UserError. */
export class Problems {
  readonly errors: UserError[] = [];

  /** The value when valid; otherwise records the error and returns undefined. */
  take<T>(result: T | UserError): T | undefined {
    if (result instanceof UserError) {
      this.errors.push(result);
      return undefined;
    }
    return result;
  }

  add(error: UserError): void {
    this.errors.push(error);
  }

  get any(): boolean {
    return this.errors.length > 0;
  }
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

/** The fields `next` really changes, as they were and as they will be (for the audit log). */
export function changes<S extends object>(
  current: S,
  next: Partial<S>,
): { before: Partial<S>; after: Partial<S>; changed: boolean } {
  const before: Partial<S> = {};
  const after: Partial<S> = {};
  for (const key of Object.keys(next) as (keyof S)[]) {
    const value = next[key];
    if (value === undefined || same(value, current[key])) continue;
    before[key] = current[key];
    after[key] = value;
  }
  return { before, after, changed: Object.keys(after).length > 0 };
}
