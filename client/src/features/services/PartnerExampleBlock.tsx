import { curlCommand, type PartnerExample } from './partner-examples';

/** The query as written in the examples file, without the indentation of the source. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(
    ...lines.filter(line => line.trim()).map(line => line.length - line.trimStart().length),
  );
  return lines.map(line => line.slice(indent)).join('\n');
}

/** One documented example: the request (curl and GraphQL) and the answer it gets. */
export function PartnerExampleBlock({ example }: { example: PartnerExample }) {
  const titleId = `example-${example.id}`;
  return (
    <article className="partner-example" aria-labelledby={titleId}>
      <h3 id={titleId}>{example.title}</h3>
      <p>{example.explanation}</p>
      <div className="partner-example__columns">
        <div>
          <p className="partner-example__label">Query</p>
          <pre className="code-block">
            <code>{dedent(example.query)}</code>
          </pre>
          {example.variables ? (
            <>
              <p className="partner-example__label">Variables</p>
              <pre className="code-block">
                <code>{JSON.stringify(example.variables, null, 2)}</code>
              </pre>
            </>
          ) : null}
        </div>
        <div>
          <p className="partner-example__label">
            Answer: HTTP {example.status}
            {example.headers?.length ? ` with ${example.headers.join(', ')}` : ''}
          </p>
          <pre className="code-block">
            <code>{JSON.stringify(example.response, null, 2)}</code>
          </pre>
        </div>
      </div>
      <p className="partner-example__label">With curl</p>
      <pre className="code-block">
        <code>{curlCommand(example)}</code>
      </pre>
    </article>
  );
}
