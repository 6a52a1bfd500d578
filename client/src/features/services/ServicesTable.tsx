import { Link } from 'react-router';
import type { ServicesQuery } from '../../gql/graphql';

type Service = ServicesQuery['services']['nodes'][number];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The services of the site: who to call, what they may do, their live tokens and quota. */
export function ServicesTable({ services }: { services: readonly Service[] }) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Service</th>
            <th scope="col">Contact</th>
            <th scope="col" className="table__number">
              Permissions
            </th>
            <th scope="col" className="table__number">
              Active tokens
            </th>
            <th scope="col" className="table__number">
              Quota
            </th>
          </tr>
        </thead>
        <tbody>
          {services.map(service => {
            const active = service.tokens.filter(t => t.active).length;
            return (
              <tr key={service.id}>
                <th scope="row">
                  <Link className="table__line" to={`/services/${service.id}`}>
                    {service.name}
                  </Link>
                  {service.description ? (
                    <span className="table__line table__sub muted">{service.description}</span>
                  ) : null}
                </th>
                <td>{service.contact || <span className="muted">None given</span>}</td>
                <td className="table__number">
                  {plural(service.permissions.length, 'permission', 'permissions')}
                </td>
                <td className="table__number">
                  {active ? active : <span className="muted">None</span>}
                </td>
                <td className="table__number">{service.requestsPerMinute} / min</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
