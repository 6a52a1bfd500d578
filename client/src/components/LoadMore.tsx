type LoadMoreProps = { loading: boolean; onClick: () => void };

export function LoadMore({ loading, onClick }: LoadMoreProps) {
  return (
    <div className="load-more">
      <button className="button" type="button" onClick={onClick} disabled={loading}>
        {loading ? 'Loading…' : 'Load more'}
      </button>
    </div>
  );
}
