import { PageHeader } from '../../components/PageHeader';
import { useViewer } from '../auth/viewer-context';
import { PasswordChangeForm } from './PasswordChangeForm';
import { PersonalDataSection } from './PersonalDataSection';
import { SessionsSection } from './SessionsSection';
import { TwoStepSection } from './TwoStepSection';

/** The viewer's own sign-in settings (password, two-step sign-in, sessions) and their data. */
export function AccountPage() {
  const { user, site } = useViewer();
  return (
    <>
      <PageHeader
        title="Account"
        description={
          <>
            <strong>{user.displayName}</strong> ({user.email}) on <strong>{site.name}</strong>
          </>
        }
      />
      <div className="stack">
        <div className="grid">
          <PasswordChangeForm />
          <TwoStepSection />
        </div>
        <SessionsSection />
        <PersonalDataSection />
      </div>
    </>
  );
}
