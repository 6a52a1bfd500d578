type RecoveryCodesProps = { codes: readonly string[]; onDone: () => void };

/** The ten recovery codes, shown once right after two-step sign-in is turned on. */
export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  return (
    <div className="stack">
      <p className="alert alert--success" role="status">
        Two-step sign-in is on.
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
