import { formatDateTime } from '../../components/dates';
import type { LoginBlocksQuery } from '../../gql/graphql';

export type LoginBlock = LoginBlocksQuery['loginBlocks'][number];

/** What a block's scope means, in words (the API's scopes: ip, ip_account, range). */
const SCOPE_LABELS: Record<string, string> = {
  ip: 'IP address',
  range: 'Address range',
  ip_account: 'One account from this address',
  account: 'Account',
};

export function scopeLabel(scope: string): string {
  return SCOPE_LABELS[scope] ?? scope;
}

/** How a block reads in a sentence: "the address 198.51.100.7". */
const SCOPE_PHRASES: Record<string, string> = {
  ip: 'the address',
  range: 'the address range',
  ip_account: 'one account from the address',
  account: 'the account',
};

export function describeBlock(block: LoginBlock): string {
  return `${SCOPE_PHRASES[block.scope] ?? block.scope} ${block.subject}`;
}

type LoginBlocksTableProps = {
  blocks: readonly LoginBlock[];
  /** Absent when the viewer may not lift blocks. */
  onLift: ((block: LoginBlock) => void) | undefined;
};

export function LoginBlocksTable({ blocks, onLift }: LoginBlocksTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Blocked</th>
            <th scope="col">Reason</th>
            <th scope="col">Since</th>
            <th scope="col">Until</th>
            {onLift ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {blocks.map(block => (
            <tr key={block.id}>
              <th scope="row">
                <code className="table__line">{block.subject}</code>
                <span className="table__line muted table__sub">{scopeLabel(block.scope)}</span>
              </th>
              <td>{block.reason}</td>
              <td>{formatDateTime(block.createdAt)}</td>
              <td>{formatDateTime(block.blockedUntil)}</td>
              {onLift ? (
                <td>
                  <div className="table__actions">
                    <button
                      className="button button--small"
                      type="button"
                      onClick={() => {
                        onLift(block);
                      }}
                      aria-label={`Lift the block on ${describeBlock(block)}`}
                    >
                      Lift
                    </button>
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
