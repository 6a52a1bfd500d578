import { useEffect, useMemo, useState } from 'react';
import type * as PasswordRulesModule from '@horae/shared/password';
import type { PasswordAssessment, PasswordContext } from '@horae/shared/password';

type PasswordRules = typeof PasswordRulesModule;

/**
 * The shared password rules, applied as the user types. They carry zxcvbn's dictionaries, so
 * they are loaded on first use (a separate chunk) rather than with the app. Null until loaded
 * and while the password is empty.
 */
export function usePasswordAssessment(
  password: string,
  context: PasswordContext,
): PasswordAssessment | null {
  const [rules, setRules] = useState<PasswordRules | null>(null);

  useEffect(() => {
    let cancelled = false;
    void import('@horae/shared/password').then(loaded => {
      if (!cancelled) setRules(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  const { userInputs, minScore, hasMfa } = context;
  const inputsKey = (userInputs ?? []).join('\n');
  return useMemo(() => {
    if (!rules || !password) return null;
    return rules.assessPassword(password, {
      userInputs: inputsKey ? inputsKey.split('\n') : [],
      ...(minScore === undefined ? {} : { minScore }),
      ...(hasMfa === undefined ? {} : { hasMfa }),
    });
  }, [rules, password, inputsKey, minScore, hasMfa]);
}
