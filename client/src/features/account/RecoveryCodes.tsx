type RecoveryCodesProps = {
  codes: readonly string[];
  /** What just happened, e.g. "Two-step sign-in is on." */
  status?: string;
  onDone: () => void;
};

/** Ten recovery codes, shown once: after turning two-step sign-in on, or after asking for new ones. */
export function RecoveryCodes({
  codes,
  status = 'Two-step sign-in is on.',
  onDone,
}: RecoveryCodesProps) {
  return (
    <div className="stack">
      <p className="alert alert--success" role="status">
        {status}
      </p>
      <p className="alert alert--warning">
        Save these recovery codes somewhere safe, such as your password manager. Each one signs you
        in once if you lose your phone. <strong>They are shown only now.</strong>
      </p>
      <ol className="recovery-codes" aria-label="Recovery codes">
        {codes.map(code => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div>
        <button className="button button--primary" type="button" onClick={onDone}>
          I have saved these codes
        </button>
      </div>
    </div>
  );
}
