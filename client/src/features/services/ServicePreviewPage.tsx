import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { Provider } from 'urql';
import { describeProblem } from '../../app/errors';
import { formatDateTime } from '../../components/dates';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useNow } from '../timer/useNow';
import { serviceQuery } from './operations';
import { createPreviewClient } from './preview-client';
import { SAMPLES } from './preview-samples';
import { PreviewAccess } from './PreviewAccess';
import { SampleComparison } from './SampleComparison';
import { useServicePreviewStart, type PreviewToken } from './useServicePreviewStart';

function PreviewExpiry({ expiresAt }: { expiresAt: string }) {
  const now = useNow(1000);
  const left = Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
  if (left === 0) {
    return (
      <p className="alert alert--warning" role="status">
        The preview token expired at {formatDateTime(expiresAt)}. Start a new preview to look again.
      </p>
    );
  }
  return (
    <p className="preview-expiry">
      The preview token expires at <strong>{formatDateTime(expiresAt)}</strong> (in{' '}
      {Math.floor(left / 60)} min {String(left % 60).padStart(2, '0')} s).
    </p>
  );
}

/**
 * "Preview as service": a short-lived token of the service, used by a separate urql client, runs
 * the same sample queries as the administrator's own session, side by side.
 */
export function ServicePreviewPage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(serviceQuery, {
    variables: { id },
    fetchPolicy: 'cache-first',
  });
  const service = data?.service;
  const { start, starting } = useServicePreviewStart();
  const [preview, setPreview] = useState<PreviewToken | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  const client = useMemo(() => (preview ? createPreviewClient(preview.secret) : null), [preview]);

  async function begin() {
    setProblem(null);
    const outcome = await start(id);
    if (outcome.ok) setPreview(outcome.token);
    else setProblem(outcome.message);
  }

  const title = service ? `Preview as ${service.name}` : 'Preview as service';
  return (
    <>
      <PageHeader
        title={title}
        description="What a partner with a token of this service gets from the API, next to what you get."
      />
      <p className="back-link">
        <Link to={`/services/${id}`}>{service?.name ?? 'The service'}</Link>
      </p>
      {error ? (
        <section className="card">
          <ErrorState problem={describeProblem(error)} onRetry={() => void refetch()} />
        </section>
      ) : !data ? (
        <LoadingState label="Loading the service…" />
      ) : !service ? (
        <section className="card">
          <p>
            There is no such service. <Link to="/services">See all services</Link>.
          </p>
        </section>
      ) : (
        <div className="stack">
          <section className="card" aria-labelledby="preview-token-title">
            <h2 id="preview-token-title">Preview token</h2>
            <p>
              Horae issues a token of {service.name} that works for 10 minutes. The same sample
              queries then go through your session and through that token, each with its own client,
              and the answers are compared field by field. Starting a preview is recorded in the
              audit log; it does not count against the service&apos;s quota.
            </p>
            {problem ? (
              <p className="alert alert--error" role="alert">
                {problem}
              </p>
            ) : null}
            {preview ? <PreviewExpiry expiresAt={preview.expiresAt} /> : null}
            <div className="form__actions">
              <button
                className={preview ? 'button' : 'button button--primary'}
                type="button"
                disabled={starting}
                onClick={() => void begin()}
              >
                {starting ? 'Starting…' : preview ? 'New preview token' : 'Start preview'}
              </button>
              {preview ? (
                <button
                  className="button"
                  type="button"
                  onClick={() => {
                    setRound(r => r + 1);
                  }}
                >
                  Ask again
                </button>
              ) : null}
            </div>
          </section>
          {client && preview ? (
            <Provider value={client} key={`${preview.id}-${round}`}>
              <PreviewAccess />
              {SAMPLES.map(sample => (
                <SampleComparison key={sample.id} sample={sample} />
              ))}
            </Provider>
          ) : null}
        </div>
      )}
    </>
  );
}
