import { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'REAUTHENTICATION_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

export function unauthenticated(
  message = 'You are not signed in. Sign in and try again.',
  reason?: 'SESSION_EXPIRED' | 'SESSION_REVOKED' | 'INVALID_TOKEN',
): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', ...(reason ? { reason } : {}) },
  });
}

export function forbidden(message = 'You do not have permission to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function badUserInput(message: string, field?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  });
}

/** Codes whose messages are written for users; anything else is masked before it leaves. */
export const PUBLIC_ERROR_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'RATE_LIMITED',
  'REAUTHENTICATION_REQUIRED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Why a person whose site requires two-step sign-in may use only their own account until set up. */
export const MFA_ENROLLMENT_REQUIRED_MESSAGE =
  'Your site requires two-step sign-in. Turn it on under Account before continuing.';
