import { EmptyState } from '../../components/EmptyState';

export function NoPeople({ search }: { search: string }) {
  if (search) {
    return (
      <div role="status">
        <EmptyState title={`No one matches “${search}”.`}>
          <p>Check the spelling, or search for part of a name or an email address.</p>
        </EmptyState>
      </div>
    );
  }
  return (
    <EmptyState title="There is no one on this site yet.">
      <p>People appear here once an administrator adds them to the site.</p>
    </EmptyState>
  );
}
