import { useMutation } from '@apollo/client/react';
import { isoWeekLabel } from '@horae/shared/time';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { timesheetQuery, timesheetSubmitMutation } from './operations';

type SubmitWeekProps = {
  week: string;
  /** Waits for saves still under way, then says how many cells still have a problem. */
  beforeSubmit: () => Promise<number>;
};

export function SubmitWeek({ week, beforeSubmit }: SubmitWeekProps) {
  const [submit, { loading }] = useMutation(timesheetSubmitMutation, {
    refetchQueries: [timesheetQuery],
    awaitRefetchQueries: true,
  });
  const [problem, setProblem] = useState<string | null>(null);

  async function handleClick() {
    setProblem(null);
    const problems = await beforeSubmit();
    if (problems > 0) {
      setProblem(
        `${problems === 1 ? 'One cell has' : `${problems} cells have`} a problem (marked in red). Fix or clear ${problems === 1 ? 'it' : 'them'} before submitting.`,
      );
      return;
    }
    try {
      const { data } = await submit({ variables: { week } });
      const [error] = data?.timesheetSubmit.errors ?? [];
      if (error) setProblem(error.message);
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  return (
    <div className="submit-week">
      {problem ? (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      ) : null}
      <p className="muted submit-week__hint">
        Submitting sends {isoWeekLabel(week)} to your manager and locks it.
      </p>
      <button
        className="button button--primary"
        type="button"
        disabled={loading}
        onClick={() => void handleClick()}
      >
        {loading ? 'Submitting…' : 'Submit week'}
      </button>
    </div>
  );
}
