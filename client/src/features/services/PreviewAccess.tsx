import { useQuery } from 'urql';
import { LoadingState } from '../../components/LoadingState';
import { PermissionList } from '../../components/PermissionList';
import { previewAccessQuery } from './operations';

/** Who the API takes the preview token for, asked through the preview's own client. */
export function PreviewAccess() {
  const [{ data, error, fetching }] = useQuery({ query: previewAccessQuery });
  const access = data?.access;
  return (
    <section className="card" aria-labelledby="preview-access-title">
      <h2 id="preview-access-title">What the API says about the token</h2>
      {fetching ? (
        <LoadingState label="Asking as the service…" />
      ) : !access ? (
        <p className="alert alert--error" role="alert">
          {error?.graphQLErrors[0]?.message ?? 'Horae could not be reached with the preview token.'}
        </p>
      ) : (
        <dl className="summary-list">
          <div>
            <dt>Caller</dt>
            <dd>
              {access.kind === 'SERVICE' ? 'Service' : 'Person'} {access.serviceName}
              {access.preview ? <span className="badge badge--preview">Preview</span> : null}
            </dd>
          </div>
          <div>
            <dt>Permissions</dt>
            <dd>
              {access.permissions.length ? (
                <PermissionList permissions={access.permissions} />
              ) : (
                'None: every operation is refused.'
              )}
            </dd>
          </div>
          <div>
            <dt>Exposed fields</dt>
            <dd>
              {access.exposure.filter(f => f.exposed).length === 0
                ? 'None'
                : access.exposure
                    .filter(f => f.exposed)
                    .map(f => f.label)
                    .join(', ')}
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
