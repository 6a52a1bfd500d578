import { describeProblem } from '../../app/errors';
import {
  fieldError,
  splitErrors,
  type FormErrors,
  type UserErrorLike,
} from '../../components/form-errors';

/** The inputs of a service's details, as the forms hold them (text, one address per line). */
export type ServiceDraft = {
  name: string;
  description: string;
  contact: string;
  allowedIps: string;
  requestsPerMinute: string;
};

export const SERVICE_FIELDS = [
  'name',
  'description',
  'contact',
  'allowedIps',
  'requestsPerMinute',
] as const;
export type ServiceField = (typeof SERVICE_FIELDS)[number];

export const DEFAULT_QUOTA = 600;

export const EMPTY_SERVICE: ServiceDraft = {
  name: '',
  description: '',
  contact: '',
  allowedIps: '',
  requestsPerMinute: String(DEFAULT_QUOTA),
};

type StoredService = {
  name: string;
  description: string;
  contact: string;
  allowedIps: readonly string[];
  requestsPerMinute: number;
};

export function draftOf(service: StoredService): ServiceDraft {
  return {
    name: service.name,
    description: service.description,
    contact: service.contact,
    allowedIps: service.allowedIps.join('\n'),
    requestsPerMinute: String(service.requestsPerMinute),
  };
}

export type ServiceInput = {
  name: string;
  description: string;
  contact: string;
  allowedIps: string[];
  requestsPerMinute: number;
};

/**
 * The input to send, or what is wrong before asking the server. The server checks everything
 * again (addresses, ranges, the quota's bounds); here only what a number field cannot say.
 */
export function readDraft(draft: ServiceDraft): Outcome<ServiceInput, ServiceField> {
  const quota = draft.requestsPerMinute.trim();
  if (!/^\d+$/.test(quota)) {
    return {
      ok: false,
      errors: fieldError('requestsPerMinute', 'Give the quota as a whole number of requests.'),
    };
  }
  const value = {
    name: draft.name,
    description: draft.description,
    contact: draft.contact,
    allowedIps: draft.allowedIps
      .split('\n')
      .map(line => line.trim())
      .filter(Boolean),
    requestsPerMinute: Number(quota),
  };
  return { ok: true, value };
}

/** A mutation's outcome for a form: done, or the messages to show next to fields and above. */
export type Outcome<T, F extends string> =
  { ok: true; value: T } | { ok: false; errors: FormErrors<F> };

/** Reads a payload `{ <thing>, errors }`: the thing when it is there and nothing went wrong. */
export function outcomeOf<T, F extends string>(
  value: T | null | undefined,
  errors: readonly UserErrorLike[] | undefined,
  fields: readonly F[],
): Outcome<T, F> {
  if (value && !errors?.length) return { ok: true, value };
  const problems = errors?.length
    ? errors
    : [{ code: 'UNKNOWN', message: 'That did not work. Try again.' }];
  return { ok: false, errors: splitErrors(problems, fields) };
}

export function failedOutcome<F extends string>(
  error: unknown,
): { ok: false; errors: FormErrors<F> } {
  return { ok: false, errors: { fields: {}, general: [describeProblem(error).message] } };
}
