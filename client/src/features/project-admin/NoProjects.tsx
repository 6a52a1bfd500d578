import { EmptyState } from '../../components/EmptyState';

type NoProjectsProps = {
  search: string;
  filtered: boolean;
  showArchived: boolean;
  canCreate: boolean;
};

export function NoProjects({ search, filtered, showArchived, canCreate }: NoProjectsProps) {
  const archivedHint = showArchived ? '' : ' Archived projects are listed with “Show archived”.';
  if (search || filtered) {
    return (
      <div role="status">
        <EmptyState
          title={search ? `No project matches “${search}”.` : 'This customer has no projects.'}
        >
          <p>
            {search
              ? 'Check the spelling, or search for part of a name or a project code.'
              : 'Choose “All customers” to see every project.'}
            {archivedHint}
          </p>
        </EmptyState>
      </div>
    );
  }
  return (
    <EmptyState title="There are no projects yet.">
      <p>
        {canCreate
          ? 'Add one with “New project”: time is registered on projects.'
          : 'Projects appear here once someone who may add them does so.'}
        {archivedHint}
      </p>
    </EmptyState>
  );
}
