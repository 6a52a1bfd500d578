import { useState, type SubmitEvent } from 'react';
import { Field } from '../../components/Field';
import type { MfaEnrollStartMutation } from '../../gql/graphql';
import { svgDataUrl } from './qr-code';

type Enrollment = NonNullable<MfaEnrollStartMutation['mfaEnrollStart']['enrollment']>;

type MfaConfirmFormProps = {
  enrollment: Pick<Enrollment, 'secret' | 'qrCodeSvg'>;
  busy: boolean;
  /** The server's message for the code (e.g. WRONG_CODE). */
  error: string | undefined;
  onConfirm: (code: string) => void;
  onCancel: () => void;
};

/** Step two of turning on two-step sign-in: scan the QR code (or type the key), enter a code. */
export function MfaConfirmForm({
  enrollment,
  busy,
  error,
  onConfirm,
  onCancel,
}: MfaConfirmFormProps) {
  const [code, setCode] = useState('');

  function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    onConfirm(code.replace(/\s+/g, ''));
  }

  return (
    <form className="form" noValidate onSubmit={handleSubmit}>
      <ol className="steps">
        <li>
          Scan this QR code with an authenticator app (such as 1Password, Google Authenticator or
          Microsoft Authenticator).
          <figure className="mfa-qr">
            <img
              className="mfa-qr__image"
              src={svgDataUrl(enrollment.qrCodeSvg)}
              alt="QR code for setting up your authenticator app"
              width={192}
              height={192}
            />
            <figcaption>
              Cannot scan? Type this key into the app instead:{' '}
              <code className="mfa-qr__secret" id="mfa-secret">
                {enrollment.secret}
              </code>
            </figcaption>
          </figure>
        </li>
        <li>Enter the 6-digit code the app shows to finish.</li>
      </ol>
      <Field
        id="mfa-confirm-code"
        label="Code from the app"
        value={code}
        onChange={setCode}
        error={error}
        required
        autoComplete="one-time-code"
        inputMode="numeric"
        pattern="[0-9 ]*"
        maxLength={7}
        spellCheck={false}
      />
      <div className="form__actions">
        <button className="button button--primary" type="submit" disabled={busy}>
          {busy ? 'Checking…' : 'Turn on two-step sign-in'}
        </button>
        <button className="button" type="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
