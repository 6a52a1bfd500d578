import type { PasswordAssessment } from '@horae/shared/password';

const LABELS = ['Weak', 'Weak', 'Fair', 'Good', 'Strong'] as const;

/** The strength label of a zxcvbn score (0 to 4), in words. */
export function strengthLabel(score: number): string {
  return LABELS[Math.max(0, Math.min(4, score))] ?? 'Weak';
}

type PasswordStrengthProps = { id: string; assessment: PasswordAssessment | null };

/** A live meter with its verdict in words and the reasons a password would be refused. */
export function PasswordStrength({ id, assessment }: PasswordStrengthProps) {
  const score = assessment?.score ?? 0;
  const label = assessment ? strengthLabel(score) : 'Not entered yet';
  return (
    <div className="strength" id={id} aria-live="polite">
      <div className="strength__row">
        <meter
          className="strength__meter"
          id={`${id}-meter`}
          min={0}
          max={4}
          low={2}
          high={3}
          optimum={4}
          value={score}
          aria-label="Password strength"
          aria-valuetext={label}
        />
        <p className="strength__label">
          Strength: <strong>{label}</strong>
        </p>
      </div>
      {assessment?.problems.length ? (
        <ul className="strength__problems">
          {assessment.problems.map(problem => (
            <li key={problem.code}>{problem.message}</li>
          ))}
        </ul>
      ) : null}
      {assessment && !assessment.problems.length ? (
        <p className="strength__ok">
          Long and strong enough. Known breached passwords are checked when you save.
        </p>
      ) : null}
      {assessment?.problems.length && assessment.suggestions.length ? (
        <ul className="strength__suggestions">
          {assessment.suggestions.map(suggestion => (
            <li key={suggestion}>{suggestion}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
