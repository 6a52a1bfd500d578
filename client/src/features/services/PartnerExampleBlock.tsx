import { curlCommand, type PartnerExample } from './partner-examples';

/** The query as written in the examples file, without the indentation of the source. */
function dedent(text: string): string {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(
    ...lines.filter(line => line.trim()).map(line => line.length - line.trimStart().length),
  );
  return lines.map(line => line.slice(indent)).join('\n');
}

function flatJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flatJson).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${flatJson(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value) ?? 'null';
}

/** JSON for reading: what fits on a line stays on one line, the rest is indented. */
function formatJson(value: unknown, indent = ''): string {
  const flat = flatJson(value);
  if (value === null || typeof value !== 'object' || indent.length + flat.length <= 76) return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map(v => inner + formatJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`,
  );
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** Plain text where `backticks` mark code, as the examples file writes it. */
function Prose({ text }: { text: string }) {
  return <p>{text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part))}</p>;
}

/** One documented example: the request (curl and GraphQL) and the answer it gets. */
export function PartnerExampleBlock({ example }: { example: PartnerExample }) {
  const titleId = `example-${example.id}`;
  return (
    <article className="partner-example" aria-labelledby={titleId}>
      <h3 id={titleId}>{example.title}</h3>
      <Prose text={example.explanation} />
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
                <code>{formatJson(example.variables)}</code>
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
            <code>{formatJson(example.response)}</code>
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
