import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { ErrorLike } from '@apollo/client';
import { graphql } from '../gql';

export const reauthenticateMutation = graphql(`
  mutation Reauthenticate($password: String!, $code: String) {
    reauthenticate(password: $password, code: $code) {
      validUntil
      errors {
        field
        code
        message
      }
    }
  }
`);

/** What the server said when it asked for proof (REAUTHENTICATION_REQUIRED). */
export type ReauthenticationRequest = {
  /** Two-step sign-in is on: a code from the app (or a recovery code) is needed too. */
  secondFactor: boolean;
  /** The session began with single sign-on: confirming there (a round trip) is offered. */
  singleSignOn: boolean;
  /** False for people who only sign in with single sign-on: no password form then. */
  hasPassword: boolean;
  message: string;
};

/** The server's request for proof in an error, if that is what the error is. */
export function reauthenticationRequest(error: ErrorLike): ReauthenticationRequest | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const found = error.errors.find(e => e.extensions?.['code'] === 'REAUTHENTICATION_REQUIRED');
  if (!found) return null;
  return {
    secondFactor: found.extensions?.['secondFactor'] === true,
    singleSignOn: found.extensions?.['singleSignOn'] === true,
    hasPassword: found.extensions?.['hasPassword'] !== false,
    message: found.message,
  };
}

type Listener = () => void;

/**
 * Between the Apollo link that meets REAUTHENTICATION_REQUIRED and the dialog that asks for the
 * password: the link waits on `request()`, the dialog shows while one is open and `settle`s it.
 * Requests arriving while the dialog is open share it (one question for several operations).
 */
export class ReauthenticationGate {
  private open: { request: ReauthenticationRequest; done: Promise<boolean> } | null = null;
  private resolve: ((confirmed: boolean) => void) | null = null;
  private readonly listeners = new Set<Listener>();

  /** Resolves true once the person confirmed who they are, false when they gave up. */
  request(request: ReauthenticationRequest): Promise<boolean> {
    if (this.open) {
      if (request.secondFactor && !this.open.request.secondFactor) {
        this.open = { ...this.open, request: { ...this.open.request, secondFactor: true } };
        this.emit();
      }
      return this.open.done;
    }
    const done = new Promise<boolean>(resolve => {
      this.resolve = resolve;
    });
    this.open = { request, done };
    this.emit();
    return done;
  }

  /** Answers the open request; a late answer to a request that is no longer open is ignored. */
  settle(request: ReauthenticationRequest, confirmed: boolean): void {
    if (this.open?.request !== request) return;
    const resolve = this.resolve;
    this.open = null;
    this.resolve = null;
    this.emit();
    resolve?.(confirmed);
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly current = (): ReauthenticationRequest | null => this.open?.request ?? null;

  private emit() {
    for (const listener of this.listeners) listener();
  }
}
