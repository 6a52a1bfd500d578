import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { servicePreviewStartMutation } from './operations';

export type PreviewToken = { id: string; secret: string; expiresAt: string };

/** Mints a short-lived preview token of a service (audited, not counted against its quota). */
export function useServicePreviewStart() {
  // The secret stays out of Apollo's cache: only the preview's own urql client holds it.
  const [mutate, { loading }] = useMutation(servicePreviewStartMutation, {
    fetchPolicy: 'no-cache',
  });

  async function start(
    serviceId: string,
  ): Promise<{ ok: true; token: PreviewToken } | { ok: false; message: string }> {
    try {
      const payload = (await mutate({ variables: { serviceId } })).data?.servicePreviewStart;
      const { secret, token } = payload ?? {};
      if (secret && token?.expiresAt) {
        return { ok: true, token: { id: token.id, secret, expiresAt: token.expiresAt } };
      }
      return {
        ok: false,
        message: payload?.errors[0]?.message ?? 'The preview did not start. Try again.',
      };
    } catch (error) {
      return { ok: false, message: describeProblem(error).message };
    }
  }

  return { start, starting: loading };
}
