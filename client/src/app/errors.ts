import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { GraphQLFormattedError } from 'graphql';

export type ProblemKind = 'unauthenticated' | 'forbidden' | 'network' | 'other';

export type Problem = {
  kind: ProblemKind;
  /** A message written for people. */
  message: string;
  /** Why the session ended (SESSION_EXPIRED, SESSION_REVOKED…), when the server says. */
  reason?: string;
};

const NETWORK_MESSAGE = 'Horae could not be reached. Check your connection and try again.';
const GENERIC_MESSAGE = 'Something went wrong on our side. Try again in a moment.';

function stringExtension(error: GraphQLFormattedError, key: string): string | undefined {
  const value = error.extensions?.[key];
  return typeof value === 'string' ? value : undefined;
}

function fromGraphQLErrors(errors: readonly GraphQLFormattedError[]): Problem {
  const unauthenticated = errors.find(e => stringExtension(e, 'code') === 'UNAUTHENTICATED');
  if (unauthenticated) {
    const reason = stringExtension(unauthenticated, 'reason');
    return {
      kind: 'unauthenticated',
      message: unauthenticated.message,
      ...(reason ? { reason } : {}),
    };
  }
  const forbidden = errors.find(e => stringExtension(e, 'code') === 'FORBIDDEN');
  if (forbidden) return { kind: 'forbidden', message: forbidden.message };
  return { kind: 'other', message: errors[0]?.message ?? GENERIC_MESSAGE };
}

/** Turns whatever Apollo Client reports into something the UI can act on. */
export function describeProblem(error: unknown): Problem {
  if (CombinedGraphQLErrors.is(error)) return fromGraphQLErrors(error.errors);
  if (ServerError.is(error)) {
    // Non-2xx responses may still carry GraphQL errors in their body.
    const body: unknown = error.bodyText ? safeParse(error.bodyText) : undefined;
    if (isErrorBody(body)) return fromGraphQLErrors(body.errors);
    return { kind: 'other', message: GENERIC_MESSAGE };
  }
  return { kind: 'network', message: NETWORK_MESSAGE };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isErrorBody(body: unknown): body is { errors: GraphQLFormattedError[] } {
  if (typeof body !== 'object' || body === null || !('errors' in body)) return false;
  const errors: unknown = body.errors;
  return Array.isArray(errors) && errors.length > 0 && errors.every(isFormattedError);
}

function isFormattedError(value: unknown): value is GraphQLFormattedError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'message' in value &&
    typeof value.message === 'string'
  );
}
