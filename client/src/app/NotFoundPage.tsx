import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';
import { PageHeader } from '../components/PageHeader';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <section className="card">
        <EmptyState title="There is no page at this address.">
          <p>
            Check the address, or <Link to="/">go to the home page</Link>.
          </p>
        </EmptyState>
      </section>
    </>
  );
}
