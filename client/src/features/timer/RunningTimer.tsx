import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import type { TimerFieldsFragment } from '../../gql/graphql';
import { timesheetQuery } from '../timesheet/operations';
import { describeElapsed, formatElapsed } from './elapsed';
import { timerQuery, timerStopMutation } from './operations';
import { useNow } from './useNow';

export function RunningTimer({ timer }: { timer: TimerFieldsFragment }) {
  const now = useNow(1000);
  const [problem, setProblem] = useState<string | null>(null);
  const [stop, { loading }] = useMutation(timerStopMutation, {
    // The stopped time is now an entry of its day: show it in an open timesheet.
    refetchQueries: [timesheetQuery],
    update(cache, { data }) {
      if (data && !data.timerStop.errors.length) {
        cache.writeQuery({ query: timerQuery, data: { timer: null } });
      }
    },
  });
  const seconds = (now - Date.parse(timer.startedAt)) / 1000;
  const what = `${timer.project.code}${timer.task ? ` · ${timer.task.name}` : ''}`;

  async function handleStop() {
    setProblem(null);
    try {
      const { data } = await stop();
      const [error] = data?.timerStop.errors ?? [];
      if (error) setProblem(error.message);
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  return (
    <>
      <span className="timer__dot" aria-hidden="true" />
      <span
        className="timer__elapsed"
        role="timer"
        aria-label={`Timer running for ${describeElapsed(seconds)}`}
      >
        {formatElapsed(seconds)}
      </span>
      <span
        className="timer__what"
        title={`${timer.project.name}${timer.description ? `: ${timer.description}` : ''}`}
      >
        {what}
      </span>
      <button
        className="button button--quiet"
        type="button"
        disabled={loading}
        onClick={() => void handleStop()}
      >
        {loading ? 'Stopping…' : 'Stop'}
      </button>
      {problem ? (
        <p className="alert alert--error timer__alert" role="alert">
          The timer did not stop: {problem}
        </p>
      ) : null}
    </>
  );
}
