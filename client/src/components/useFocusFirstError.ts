import { useEffect, useRef } from 'react';
import type { FormErrors } from './form-errors';

/** After a failed save, puts the cursor in the first field the server complained about. */
export function useFocusFirstError(errors: FormErrors<string>) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!Object.keys(errors.fields).length) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);
  return formRef;
}
