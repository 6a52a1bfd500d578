/** A UserError as every mutation payload returns it. */
export type UserErrorLike = { field?: string | null; code: string; message: string };

export type FormErrors<F extends string> = {
  /** Messages to show next to the form's own fields. */
  fields: Partial<Record<F, string>>;
  /** Messages about the whole form (no field, or a field the form does not show). */
  general: string[];
};

export const NO_ERRORS: FormErrors<never> = { fields: {}, general: [] };

/** Sorts the server's errors: next to the fields the form shows, or at the top of the form. */
export function splitErrors<F extends string>(
  errors: readonly UserErrorLike[],
  fields: readonly F[],
): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, general: [] };
  for (const error of errors) {
    const field = fields.find(f => f === error.field);
    if (field && !result.fields[field]) result.fields[field] = error.message;
    else result.general.push(error.message);
  }
  return result;
}

/** One message from a local check, as if the server had sent it. */
export function fieldError<F extends string>(field: F, message: string): FormErrors<F> {
  const fields: Partial<Record<F, string>> = {};
  fields[field] = message;
  return { fields, general: [] };
}

export function hasErrors(errors: FormErrors<string>): boolean {
  return errors.general.length > 0 || Object.keys(errors.fields).length > 0;
}
