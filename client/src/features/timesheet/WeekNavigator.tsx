import { addDays, isoWeekLabel } from '@horae/shared/time';

type WeekNavigatorProps = { week: string; thisWeek: string; onChange: (monday: string) => void };

export function WeekNavigator({ week, thisWeek, onChange }: WeekNavigatorProps) {
  return (
    <div className="week-nav" role="group" aria-label="Week">
      <button
        className="button"
        type="button"
        onClick={() => {
          onChange(addDays(week, -7));
        }}
      >
        <span aria-hidden="true">←</span> Previous week
      </button>
      <button
        className="button"
        type="button"
        disabled={week === thisWeek}
        onClick={() => {
          onChange(thisWeek);
        }}
      >
        This week
      </button>
      <button
        className="button"
        type="button"
        onClick={() => {
          onChange(addDays(week, 7));
        }}
      >
        Next week <span aria-hidden="true">→</span>
      </button>
      <span className="week-nav__label">{isoWeekLabel(week)}</span>
    </div>
  );
}
