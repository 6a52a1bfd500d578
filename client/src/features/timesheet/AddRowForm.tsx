import { useState, type SubmitEvent } from 'react';
import { describeProblem } from '../../app/errors';
import {
  NO_CHOICE,
  ProjectTaskFields,
  specOf,
  type ProjectTaskChoice,
} from '../projects/ProjectTaskFields';
import { useMyProjects } from '../projects/useMyProjects';
import type { RowSpec } from './grid-model';

/** Adds a project/task row to the week; it is saved once a day in it gets hours. */
export function AddRowForm({ onAdd }: { onAdd: (row: RowSpec) => void }) {
  const { projects, error } = useMyProjects();
  const [choice, setChoice] = useState<ProjectTaskChoice>(NO_CHOICE);

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const spec = projects ? specOf(projects, choice) : null;
    if (!spec) return;
    onAdd(spec);
    setChoice(NO_CHOICE);
  }

  return (
    <form className="row-form" aria-labelledby="add-row-title" onSubmit={handleSubmit}>
      <h2 className="row-form__title" id="add-row-title">
        Add a row
      </h2>
      {error ? (
        <p className="alert alert--error" role="alert">
          Your projects could not be loaded: {describeProblem(error).message}
        </p>
      ) : !projects ? (
        <p className="muted">Loading your projects…</p>
      ) : projects.length === 0 ? (
        <p className="muted">
          You are not a member of any open project. Ask a project lead to add you to one.
        </p>
      ) : (
        <div className="row-form__fields">
          <ProjectTaskFields
            idPrefix="add-row"
            projects={projects}
            value={choice}
            onChange={setChoice}
          />
          <button className="button" type="submit" disabled={!choice.projectId}>
            Add row
          </button>
        </div>
      )}
    </form>
  );
}
