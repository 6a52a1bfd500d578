import { Link } from 'react-router';

/** What a page shows when the viewer lacks the permission it needs. */
export function NoAccess({ detail }: { detail?: string }) {
  return (
    <div className="state state--no-access">
      <h2 className="state__title">You don't have access to this page</h2>
      <div className="state__body">
        <p>
          {detail ?? 'Your groups do not include the permission this page needs.'} If you need it,
          ask an administrator of your site to add you to a group that has it.
        </p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </div>
    </div>
  );
}
