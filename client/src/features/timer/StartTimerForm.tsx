import { useMutation } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import { Field } from '../../components/Field';
import {
  NO_CHOICE,
  ProjectTaskFields,
  type ProjectTaskChoice,
} from '../projects/ProjectTaskFields';
import { useMyProjects } from '../projects/useMyProjects';
import { timesheetQuery } from '../timesheet/operations';
import { timerQuery, timerStartMutation } from './operations';

type StartTimerFormProps = { id: string; onDone: () => void };

export function StartTimerForm({ id, onDone }: StartTimerFormProps) {
  const { projects, error: projectsError } = useMyProjects();
  const [choice, setChoice] = useState<ProjectTaskChoice>(NO_CHOICE);
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [start, { loading }] = useMutation(timerStartMutation, {
    // Starting stops a running timer first; that time lands in the timesheet.
    refetchQueries: [timesheetQuery],
    update(cache, { data }) {
      const timer = data?.timerStart.timer;
      if (timer) cache.writeQuery({ query: timerQuery, data: { timer } });
    },
  });

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    try {
      const { data } = await start({
        variables: {
          input: { projectId: choice.projectId, taskId: choice.taskId || null, description },
        },
      });
      const [error] = data?.timerStart.errors ?? [];
      if (error) setProblem(error.message);
      else onDone();
    } catch (error) {
      setProblem(describeProblem(error).message);
    }
  }

  return (
    <form
      className="timer-form card"
      id={id}
      aria-labelledby={`${id}-title`}
      onSubmit={event => void handleSubmit(event)}
      onKeyDown={event => {
        if (event.key === 'Escape') onDone();
      }}
    >
      <h2 className="timer-form__title" id={`${id}-title`}>
        Start a timer
      </h2>
      {problem ? (
        <p className="alert alert--error" role="alert">
          {problem}
        </p>
      ) : null}
      {projectsError ? (
        <p className="alert alert--error" role="alert">
          Your projects could not be loaded: {describeProblem(projectsError).message}
        </p>
      ) : !projects ? (
        <p className="muted">Loading your projects…</p>
      ) : projects.length === 0 ? (
        <p className="muted">You are not a member of any open project yet.</p>
      ) : (
        <>
          <ProjectTaskFields
            idPrefix={id}
            projects={projects}
            value={choice}
            onChange={setChoice}
          />
          <Field
            id={`${id}-description`}
            label="Description (optional)"
            value={description}
            onChange={setDescription}
            maxLength={2000}
          />
        </>
      )}
      <div className="timer-form__actions">
        <button
          className="button button--primary"
          type="submit"
          disabled={loading || !choice.projectId}
        >
          {loading ? 'Starting…' : 'Start'}
        </button>
        <button className="button" type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
