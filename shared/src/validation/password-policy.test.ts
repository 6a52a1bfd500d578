import { describe, expect, it } from 'vitest';
import { assessPassword } from './password-policy.js';

describe('password strength (zxcvbn-ts) with the site minimum', () => {
  it('accepts a long, unguessable passphrase', () => {
    const verdict = assessPassword('tangerine-orbit-cellar-97-quiet', {
      userInputs: ['Emil Employee'],
    });
    expect(verdict.problems).toEqual([]);
    expect(verdict.score).toBeGreaterThanOrEqual(3);
  });

  it('refuses a long but guessable password and says why', () => {
    const verdict = assessPassword('passwordpassword1');
    expect(verdict.problems.map(p => p.code)).toEqual(['TOO_GUESSABLE']);
    expect(verdict.problems[0]!.message).toMatch(
      /too easy to guess \(strength [0-2] of 4; this site needs 3\)/,
    );
  });

  it('counts the user’s own name, email and site as guessable', () => {
    const inputs = ['Emil Employee', 'emil.employee@acme.example', 'Acme'];
    const own = assessPassword('emilemployeeacme', { userInputs: inputs });
    const stranger = assessPassword('emilemployeeacme');
    expect(own.score).toBeLessThan(stranger.score);
  });

  it('applies a site minimum of 4 and never goes below 3', () => {
    expect(assessPassword('mountainriver42x', { minScore: 3 }).problems).toEqual([]);
    expect(assessPassword('mountainriver42x', { minScore: 4 }).problems[0]?.message).toMatch(
      /strength 3 of 4; this site needs 4/,
    );
    expect(assessPassword('passwordpassword1', { minScore: 1 }).problems[0]?.message).toMatch(
      /needs 3/,
    );
  });

  it('reports length problems first, and stops at 256 characters', () => {
    expect(assessPassword('short').problems[0]).toMatchObject({ code: 'TOO_SHORT' });
    expect(assessPassword('x'.repeat(257)).problems).toEqual([
      { code: 'TOO_LONG', message: expect.stringMatching(/at most 256/) },
    ]);
  });
});
