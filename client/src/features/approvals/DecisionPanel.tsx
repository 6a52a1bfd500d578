import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeProblem } from '../../app/errors';
import type { DecisionNotice } from './decision-notice';
import { timesheetApproveMutation, timesheetRejectMutation } from './operations';

type DecisionPanelProps = { id: string; person: string; week: string };

/** Approve the week, or send it back with a comment saying what to change. */
export function DecisionPanel({ id, person, week }: DecisionPanelProps) {
  const navigate = useNavigate();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The inbox asks the server again when it is shown; until then it hides decided weeks.
  const [approve, approving] = useMutation(timesheetApproveMutation);
  const [reject, rejecting] = useMutation(timesheetRejectMutation);
  const busy = approving.loading || rejecting.loading;

  async function decide(
    run: () => Promise<{ errors: readonly { message: string }[] } | undefined>,
    done: string,
  ) {
    setProblem(null);
    try {
      const [error] = (await run())?.errors ?? [];
      if (error) {
        setProblem(error.message);
        return;
      }
      const state: DecisionNotice = { decided: done };
      await navigate('/approvals', { state });
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  function handleReject(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!comment.trim()) {
      setProblem(`Write what ${person} should change, so they can fix the week.`);
      return;
    }
    void decide(
      async () => (await reject({ variables: { id, comment } })).data?.timesheetReject,
      `Sent ${person}’s week ${week} back with your comment.`,
    );
  }

  return (
    <section className="decision" aria-labelledby="decision-title">
      <h2 id="decision-title">Your decision</h2>
      {problem ? (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="decision__options">
        <div className="decision__approve">
          <p className="muted">Approving locks the week and fixes its rates.</p>
          <button
            className="button button--primary"
            type="button"
            disabled={busy}
            onClick={() =>
              void decide(
                async () => (await approve({ variables: { id } })).data?.timesheetApprove,
                `Approved ${person}’s week ${week}.`,
              )
            }
          >
            {approving.loading ? 'Approving…' : 'Approve week'}
          </button>
        </div>
        <form className="form decision__reject" noValidate onSubmit={handleReject}>
          <div className="field">
            <label className="field__label" htmlFor="reject-comment">
              Comment for {person}
            </label>
            <textarea
              className="field__input"
              id="reject-comment"
              name="comment"
              rows={3}
              required
              maxLength={2000}
              aria-describedby="reject-comment-hint"
              value={comment}
              onChange={event => {
                setComment(event.target.value);
              }}
            />
            <p className="field__hint" id="reject-comment-hint">
              Required to send the week back: say what needs to change.
            </p>
          </div>
          <div>
            <button className="button" type="submit" disabled={busy}>
              {rejecting.loading ? 'Sending back…' : 'Reject week'}
            </button>
          </div>
        </form>
      </div>
    </section>
  );
}
