import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { describeProblem } from '../../app/errors';
import { serviceSchemaQuery } from './operations';

/** A file name from the service's name: what file systems refuse becomes a dash. */
export function schemaFileName(serviceName: string): string {
  const printable = [...serviceName].filter(c => c >= ' ').join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, '-').trim();
  return `${safe || 'service'}.graphql`;
}

function saveFile(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address goes away.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

/** Saves the SDL of exactly what the service may call and read, for the partner's codegen. */
export function DownloadSchemaButton({ service }: { service: { id: string; name: string } }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function download() {
    setBusy(true);
    setProblem(null);
    try {
      const { data } = await client.query({
        query: serviceSchemaQuery,
        variables: { serviceId: service.id },
        fetchPolicy: 'no-cache',
      });
      if (data?.serviceSchema) saveFile(schemaFileName(service.name), data.serviceSchema);
      else setProblem('There is no schema for this service any more.');
    } catch (error) {
      setProblem(describeProblem(error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button className="button" type="button" disabled={busy} onClick={() => void download()}>
        {busy ? 'Preparing…' : 'Download schema'}
      </button>
      {problem ? (
        <span className="alert alert--error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}
