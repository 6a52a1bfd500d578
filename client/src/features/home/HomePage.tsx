import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../auth/viewer-context';
import { YourGroups } from './YourGroups';
import { YourPermissions } from './YourPermissions';

export function HomePage() {
  const { user, site, groups, can } = useViewer();
  return (
    <>
      <PageHeader
        title="Home"
        description={
          <>
            Signed in as <strong>{user.displayName}</strong> ({user.email}) on{' '}
            <strong>{site.name}</strong>
          </>
        }
      />
      <div className="grid">
        <YourGroups groups={groups} />
        <YourPermissions permissions={can} />
      </div>
    </>
  );
}
