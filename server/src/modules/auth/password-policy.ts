import { assessPassword, type PasswordProblem } from '@horae/shared/password';
import { breachCount } from './breached.js';

export type NewPasswordContext = {
  breachedFile: string;
  userInputs: string[];
  minScore: number;
  hasMfa?: boolean;
};

/**
 * Every rule a new password must pass (SECURITY.md): length, strength against the site's minimum
 * with the person's own details as inputs, and absence from the breached-password list.
 */
export async function checkNewPassword(
  password: string,
  context: NewPasswordContext,
): Promise<PasswordProblem[]> {
  const verdict = assessPassword(password, context);
  if (verdict.problems.some(p => p.code === 'TOO_LONG')) return verdict.problems;
  const count = await breachCount(context.breachedFile, password);
  if (count > 0) {
    verdict.problems.push({
      code: 'BREACHED',
      message: `This password has appeared in data breaches${count > 1 ? ` (${count.toLocaleString('en')} times)` : ''}, so attackers try it first. Choose another one.`,
    });
  }
  return verdict.problems;
}
