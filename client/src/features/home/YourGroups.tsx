import { EmptyState } from '../../components/EmptyState';

export function YourGroups({ groups }: { groups: readonly { id: string; name: string }[] }) {
  return (
    <section className="card" aria-labelledby="your-groups">
      <h2 id="your-groups">Your groups</h2>
      {groups.length ? (
        <ul className="tag-list">
          {groups.map(group => (
            <li className="tag" key={group.id}>
              {group.name}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState title="You are not in any group yet.">
          <p>Groups decide what you can do. Ask an administrator of your site to add you to one.</p>
        </EmptyState>
      )}
    </section>
  );
}
