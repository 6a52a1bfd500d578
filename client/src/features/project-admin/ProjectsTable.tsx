import { Link } from 'react-router';
import { formatHours } from '../../components/hours';
import { formatMoney } from '../../components/money';
import type { ProjectsQuery } from '../../gql/graphql';

type Project = ProjectsQuery['projects']['nodes'][number];

type ProjectsTableProps = {
  projects: readonly Project[];
  showCustomer: boolean;
  showLead: boolean;
};

function Missing() {
  return <span className="muted">—</span>;
}

export function ProjectsTable({ projects, showCustomer, showLead }: ProjectsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Project</th>
            <th scope="col">Code</th>
            {showCustomer ? <th scope="col">Customer</th> : null}
            {showLead ? <th scope="col">Lead</th> : null}
            <th scope="col" className="table__number">
              Rate
            </th>
            <th scope="col" className="table__number">
              Budget
            </th>
          </tr>
        </thead>
        <tbody>
          {projects.map(project => {
            const currency = project.customer?.currency;
            return (
              <tr key={project.id}>
                <th scope="row">
                  <Link to={`/projects/${project.id}`}>{project.name}</Link>
                  {project.archived ? (
                    <span className="badge badge--archived">Archived</span>
                  ) : null}
                </th>
                <td>
                  <code>{project.code}</code>
                </td>
                {showCustomer ? <td>{project.customer?.name ?? <Missing />}</td> : null}
                {showLead ? <td>{project.lead?.displayName ?? <Missing />}</td> : null}
                <td className="table__number">
                  {project.hourlyRate != null ? (
                    `${formatMoney(project.hourlyRate, currency)}/h`
                  ) : (
                    <Missing />
                  )}
                </td>
                <td className="table__number">
                  {project.budgetMinutes == null && project.budgetAmount == null ? (
                    <Missing />
                  ) : null}
                  {project.budgetMinutes != null ? (
                    <span className="table__line">{formatHours(project.budgetMinutes)}</span>
                  ) : null}
                  {project.budgetAmount != null ? (
                    <span className="table__line">
                      {formatMoney(project.budgetAmount, currency)}
                    </span>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
