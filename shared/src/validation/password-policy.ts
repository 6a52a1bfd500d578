import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { checkPasswordLength, normalizePassword } from './index.js';

/**
 * The password rules of SECURITY.md that both the server and the SPA's live meter apply:
 * length (15, or 8 with MFA; at most 256), and a zxcvbn-ts score at or above the site's minimum
 * (floor 3), with the user's name, email and site name as inputs. The breached-password check
 * needs the server's file and is added there.
 */
const zxcvbn = new ZxcvbnFactory({
  translations,
  graphs: adjacencyGraphs,
  dictionary: { ...commonDictionary, ...englishDictionary },
});

export const MIN_SCORE_FLOOR = 3;

export type PasswordProblem = {
  code: 'TOO_SHORT' | 'TOO_LONG' | 'TOO_GUESSABLE' | 'BREACHED';
  message: string;
};

export type PasswordAssessment = {
  /** 0 (very weak) to 4 (very strong). Never stored. */
  score: number;
  problems: PasswordProblem[];
  suggestions: string[];
};

export type PasswordContext = {
  /** Name, email, site name and the like: passwords built from them are weak. */
  userInputs?: string[];
  /** The site's minimum score; never below 3. */
  minScore?: number;
  hasMfa?: boolean;
};

export function assessPassword(
  password: string,
  context: PasswordContext = {},
): PasswordAssessment {
  const problems: PasswordProblem[] = [];
  const length = checkPasswordLength(password, context.hasMfa ?? false);
  if (length) problems.push(length);
  if (length?.code === 'TOO_LONG') return { score: 0, problems, suggestions: [] };
  const inputs = (context.userInputs ?? [])
    .flatMap(i => [i, ...i.split(/[\s@.]+/)])
    .filter(i => i.length >= 3);
  const result = zxcvbn.check(normalizePassword(password).slice(0, 100), inputs);
  const minScore = Math.max(MIN_SCORE_FLOOR, Math.min(4, context.minScore ?? MIN_SCORE_FLOOR));
  if (result.score < minScore) {
    const warning = result.feedback.warning ? ` ${result.feedback.warning}` : '';
    problems.push({
      code: 'TOO_GUESSABLE',
      message: `This password is too easy to guess (strength ${result.score} of 4; this site needs ${minScore}).${warning}`,
    });
  }
  return { score: result.score, problems, suggestions: result.feedback.suggestions };
}
