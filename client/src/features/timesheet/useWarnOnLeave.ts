import { useEffect } from 'react';
import { useBlocker } from 'react-router';

/** Asks before leaving the page (in the app or the browser) while `message` is set. */
export function useWarnOnLeave(message: string | null): void {
  const blocker = useBlocker(({ currentLocation, nextLocation }) =>
    Boolean(message && currentLocation.pathname !== nextLocation.pathname),
  );

  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    if (window.confirm(message ?? '')) blocker.proceed();
    else blocker.reset();
  }, [blocker, message]);

  useEffect(() => {
    if (!message) return;
    function onBeforeUnload(event: BeforeUnloadEvent) {
      event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [message]);
}
