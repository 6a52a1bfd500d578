import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { useCan } from '../auth/viewer-context';
import { PartnerExampleBlock } from './PartnerExampleBlock';
import { CSV_EXPORT_EXAMPLE, csvExportCurl, MORE, partnerExample } from './partner-examples';

function Examples({ ids }: { ids: readonly string[] }) {
  return (
    <>
      {ids.map(id => (
        <PartnerExampleBlock key={id} example={partnerExample(id)} />
      ))}
    </>
  );
}

const ERROR_CODES = [
  {
    code: 'UNAUTHENTICATED',
    when: 'The token is mistyped, revoked or expired, belongs to a deleted service or is used from an address the service does not allow. One answer for all of them.',
    what: 'Check the token with the administrator; do not retry.',
  },
  {
    code: 'FORBIDDEN',
    when: 'An operation the service lacks the permission for (its data is null and the message names the permission), or a hidden field (null, with the error at its path).',
    what: 'Ask the administrator for the permission or to expose the field, or leave it out.',
  },
  {
    code: 'BAD_USER_INPUT',
    when: 'Arguments out of range: a page of more than 100, a malformed cursor, a variable of the wrong type.',
    what: 'Fix the request.',
  },
  {
    code: 'RATE_LIMITED',
    when: 'Over the quota: HTTP 429 with a Retry-After header.',
    what: 'Wait the Retry-After seconds, then go on.',
  },
  {
    code: 'INTERNAL_SERVER_ERROR',
    when: 'Something unexpected on our side; nothing was changed.',
    what: 'Retry later, with back-off.',
  },
] as const;

/** The integration guide for partners: tokens, queries, pagination, errors, quotas, fields. */
export function PartnersPage() {
  const canReadServices = useCan('service.read');
  const origin = window.location.origin;
  return (
    <>
      <PageHeader
        title="For partners"
        description="How a partner integration (a service) calls Horae's GraphQL API with a token."
      />
      <div className="stack partner-docs">
        <section className="card" aria-labelledby="partners-token">
          <h2 id="partners-token">Getting a token</h2>
          <ol className="steps">
            <li>
              An administrator of the site adds your integration as a service
              {canReadServices ? (
                <>
                  {' '}
                  (<Link to="/services">Services</Link>)
                </>
              ) : null}{' '}
              and chooses what it may do: read customers, projects and time entries, for example.
              Services never administer the site, people&apos;s access or services, and never
              approve weeks or issue invoices.
            </li>
            <li>
              They issue a token, <code>horae_pat_…</code>, which expires after 30, 90 or 365 days
              or never, and may work only from the IP addresses they list. The token is shown once:
              keep it in your secret store, never in code.
            </li>
            <li>
              Send it with every request as <code>Authorization: Bearer horae_pat_…</code> to{' '}
              <code>{origin}/graphql</code>, as a JSON POST. There are no cookies and no sign-in.
            </li>
          </ol>
          <p className="section-note">The examples below use two shell variables:</p>
          <pre className="code-block">
            <code>{`export HORAE_URL=${origin} HORAE_TOKEN=horae_pat_...`}</code>
          </pre>
          <p className="muted">
            Every example on this page is run by Horae&apos;s test suite against a real server, for
            a service that may read customers and projects and add customers, and sees none of the
            sensitive fields. Ids, cursors, messages and seconds differ from call to call; a{' '}
            <code>&quot;{MORE}&quot;</code> in a list means more items of the same kind follow.
          </p>
        </section>

        <section className="card" aria-labelledby="partners-first">
          <h2 id="partners-first">A first query</h2>
          <Examples ids={['access', 'first-page']} />
        </section>

        <section className="card" aria-labelledby="partners-pages">
          <h2 id="partners-pages">Pagination</h2>
          <p>
            Lists are Relay connections: <code>first</code> (at most 100) and <code>after</code> (a
            cursor), with <code>nodes</code> (or <code>edges</code> with a <code>cursor</code>{' '}
            each), <code>pageInfo</code> and <code>totalCount</code>.
          </p>
          <Examples ids={['next-page']} />
        </section>

        <section className="card" aria-labelledby="partners-exposure">
          <h2 id="partners-exposure">Sensitive fields</h2>
          <p>
            The API has a catalogue of sensitive fields: email addresses of people, customer
            contacts and VAT numbers, hourly rates, budgets and amounts. A service sees none of them
            until an administrator exposes them to it; <code>access</code> lists which it may read.
            A hidden field is <code>null</code> with a <code>FORBIDDEN</code> error at its path (
            <code>extensions.reason</code> is <code>FIELD_HIDDEN</code>), and the rest of the answer
            is unaffected, so one hidden field never costs you the whole answer.
          </p>
          <Examples ids={['hidden-field']} />
        </section>

        <section className="card" aria-labelledby="partners-errors">
          <h2 id="partners-errors">Errors</h2>
          <p>
            Problems you cannot fix in the input are top-level <code>errors</code>, each with{' '}
            <code>extensions.code</code>:
          </p>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">When</th>
                  <th scope="col">What to do</th>
                </tr>
              </thead>
              <tbody>
                {ERROR_CODES.map(row => (
                  <tr key={row.code}>
                    <th scope="row">
                      <code>{row.code}</code>
                    </th>
                    <td>{row.when}</td>
                    <td>{row.what}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Examples ids={['not-permitted', 'bad-input', 'validation', 'bad-token']} />
        </section>

        <section className="card" aria-labelledby="partners-quota">
          <h2 id="partners-quota">Quotas</h2>
          <p>
            A service may send a number of requests per minute, 600 unless the administrator set
            another quota. It counts over all the service&apos;s tokens and all of Horae&apos;s
            servers, per clock minute. Spread large exports over time, and fetch pages of 100 rather
            than many small ones.
          </p>
          <Examples ids={['rate-limited']} />
        </section>

        <section className="card" aria-labelledby="partners-export">
          <h2 id="partners-export">CSV exports</h2>
          <p>
            Large lists come faster as one CSV download than as pages:{' '}
            <code>GET /export/&lt;resource&gt;.csv</code> for <code>users</code>,{' '}
            <code>report</code>, <code>customers</code>, <code>projects</code>, <code>tasks</code>,{' '}
            <code>time-entries</code>, <code>invoices</code>, <code>timesheets</code> (weeks) and{' '}
            <code>audit-events</code>, with the same bearer token, the same filters as the GraphQL
            lists (<code>from</code>, <code>to</code>, <code>customerId</code>,{' '}
            <code>projectId</code>, <code>userId</code>, <code>status</code>, <code>billable</code>,{' '}
            <code>search</code>, <code>includeArchived</code>, <code>action</code>,{' '}
            <code>actorId</code>) and the same permissions: a field hidden from your service is not
            a column. The audit events carry each event&apos;s <code>hash</code> and{' '}
            <code>prev_hash</code> to check the chain offline. Add <code>delimiter=;</code> and{' '}
            <code>bom=1</code> for European Excel. Errors are the same JSON as GraphQL errors, with
            HTTP 400, 401, 403, 404 or 429. One export counts as one request against the quota.
          </p>
          <pre className="code-block">{csvExportCurl()}</pre>
          <p>For a service that may read customers and sees neither contacts nor VAT numbers:</p>
          <pre className="code-block">{CSV_EXPORT_EXAMPLE.answer}</pre>
          <pre className="code-block">
            {`curl -s -H "Authorization: Bearer $HORAE_TOKEN" \\
  "$HORAE_URL/export/time-entries.csv?from=2026-01-01&to=2026-03-31&status=APPROVED" -o q1.csv`}
          </pre>
        </section>

        <section className="card" aria-labelledby="partners-schema">
          <h2 id="partners-schema">The schema</h2>
          <p>
            Ask for your own schema with <code>{'{ access { schema } }'}</code>: the SDL of exactly
            the operations your service may call and the fields it may read. Feed it to your code
            generator; ask again when your permissions or exposed fields change. Administrators can
            also save it with <strong>Download schema</strong> on the service&apos;s page.
          </p>
        </section>
      </div>
    </>
  );
}
