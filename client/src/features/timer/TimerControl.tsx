import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { timerQuery } from './operations';
import { RunningTimer } from './RunningTimer';
import { StartTimer } from './StartTimer';

/** The timer in the app bar. It lives on the server: it survives reloads and other devices. */
export function TimerControl() {
  const { data, refetch } = useQuery(timerQuery, { fetchPolicy: 'cache-and-network' });

  // Started or stopped on another device meanwhile? Look again when this tab is shown again.
  useEffect(() => {
    function onVisible() {
      if (document.visibilityState === 'visible') void refetch();
    }
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refetch]);

  if (!data) return null;
  return (
    <div className="timer" role="group" aria-label="Timer">
      {data.timer ? <RunningTimer timer={data.timer} /> : <StartTimer />}
    </div>
  );
}
