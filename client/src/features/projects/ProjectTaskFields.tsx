import type { RowSpec } from '../timesheet/grid-model';
import type { MyProject } from './useMyProjects';

export type ProjectTaskChoice = { projectId: string; taskId: string };

export const NO_CHOICE: ProjectTaskChoice = { projectId: '', taskId: '' };

type ProjectTaskFieldsProps = {
  idPrefix: string;
  projects: readonly MyProject[];
  value: ProjectTaskChoice;
  onChange: (value: ProjectTaskChoice) => void;
};

/** A project, then one of its open tasks (optional). */
export function ProjectTaskFields({ idPrefix, projects, value, onChange }: ProjectTaskFieldsProps) {
  const project = projects.find(p => p.id === value.projectId);
  const tasks = project?.tasks.filter(t => !t.archived) ?? [];
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-project`}>
          Project
        </label>
        <select
          className="field__input"
          id={`${idPrefix}-project`}
          value={value.projectId}
          required
          onChange={event => {
            onChange({ projectId: event.target.value, taskId: '' });
          }}
        >
          <option value="">Choose a project…</option>
          {projects.map(p => (
            <option key={p.id} value={p.id}>
              {p.code} · {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${idPrefix}-task`}>
          Task <span className="muted">(optional)</span>
        </label>
        <select
          className="field__input"
          id={`${idPrefix}-task`}
          value={value.taskId}
          disabled={!project || tasks.length === 0}
          onChange={event => {
            onChange({ ...value, taskId: event.target.value });
          }}
        >
          <option value="">No task</option>
          {tasks.map(t => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

/** The row (or timer) a choice stands for, or null when no project is chosen. */
export function specOf(projects: readonly MyProject[], choice: ProjectTaskChoice): RowSpec | null {
  const project = projects.find(p => p.id === choice.projectId);
  if (!project) return null;
  const task = project.tasks.find(t => t.id === choice.taskId);
  return {
    project: { id: project.id, name: project.name, code: project.code },
    task: task ? { id: task.id, name: task.name } : null,
  };
}
