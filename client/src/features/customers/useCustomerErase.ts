import { useMutation } from '@apollo/client/react';
import { describeProblem } from '../../app/errors';
import { customerEraseMutation } from './operations';

/**
 * Erases a customer's name, number, contact and VAT number; resolves to null when done, or to why
 * not (LEGAL_RETENTION: issued invoices name the customer and must be kept).
 */
export function useCustomerErase() {
  const [mutate, { loading }] = useMutation(customerEraseMutation, {
    refetchQueries: ['Customers', 'CustomerOptions'],
    awaitRefetchQueries: true,
  });

  async function erase(id: string): Promise<string | null> {
    try {
      const payload = (await mutate({ variables: { id } })).data?.customerErase;
      if (payload?.erased) return null;
      return payload?.errors[0]?.message ?? 'Erasing did not work. Try again.';
    } catch (error) {
      return describeProblem(error).message;
    }
  }

  return { erase, erasing: loading };
}
