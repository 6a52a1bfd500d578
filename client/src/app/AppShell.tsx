import { Link, Outlet } from 'react-router';
import { useCan, useViewer } from '../features/auth/viewer-context';
import { useSignOut } from '../features/auth/useSignOut';
import { TimerControl } from '../features/timer/TimerControl';
import { MainNav } from './MainNav';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';

/** The frame around every signed-in page: who and where you are, what you may open, sign out. */
export function AppShell() {
  const viewer = useViewer();
  const canRegisterTime = useCan('timeEntry.create');
  const { signOut, signingOut, problem } = useSignOut();
  const mainRef = useFocusHeadingOnNavigate();

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <div className="shell__identity">
            <span className="brand">Horae</span>
            <span className="shell__site" title="Site">
              {viewer.site.name}
            </span>
          </div>
          <MainNav />
          <div className="shell__end">
            {canRegisterTime ? <TimerControl /> : null}
            <div className="shell__user">
              <Link className="shell__user-name" to="/account" title="Your account">
                {viewer.user.displayName}
              </Link>
              <button
                className="button button--quiet"
                type="button"
                onClick={() => void signOut()}
                disabled={signingOut}
              >
                {signingOut ? 'Signing out…' : 'Sign out'}
              </button>
            </div>
          </div>
        </div>
        {problem ? (
          <p className="alert alert--error shell__alert" role="alert">
            Signing out did not work: {problem.message}
          </p>
        ) : null}
      </header>
      <main className="page" id="main" ref={mainRef}>
        <Outlet />
      </main>
    </div>
  );
}
