import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { Link } from 'react-router';
import { describeProblem } from '../../app/errors';
import { SIGN_IN_PATH } from '../../app/session';
import { Field } from '../../components/Field';
import { FormAlert } from '../../components/FormAlert';
import {
  NO_ERRORS,
  splitErrors,
  type FormErrors,
  type UserErrorLike,
} from '../../components/form-errors';
import { useFocusFirstError } from '../../components/useFocusFirstError';
import type { PasswordLinkPurpose } from '../../gql/graphql';
import { PasswordStrength } from '../account/PasswordStrength';
import { usePasswordAssessment } from '../account/usePasswordAssessment';
import { passwordLinkRulesQuery } from './operations';
import { FORGOT_PASSWORD_PATH } from './paths';

const FIELDS = ['password'] as const;
type LinkField = (typeof FIELDS)[number];

type OkPayloadLike = { ok: boolean; errors: readonly UserErrorLike[] };

/**
 * The shared rules ask 15 characters, or 8 of someone with two-step sign-in. Spelled out rather
 * than imported: @horae/shared/validation would bring zod into the bundle.
 */
const MIN_LENGTH = 15;

/** What the server says of every link it would refuse (INVALID_LINK), before anything is typed. */
const UNUSABLE_LINK =
  'This link is not valid any more: it was used already, has expired, or was replaced by a newer one. Ask for a new one.';

type PasswordLinkFormProps = {
  /** The token from the emailed link (the page's ?token=), empty when there is none. */
  token: string;
  /** Which kind of link the page opens: a link of the other kind is refused. */
  purpose: PasswordLinkPurpose;
  label: string;
  submitLabel: string;
  savingLabel: string;
  doneMessage: string;
  save: (input: { token: string; password: string }) => Promise<OkPayloadLike | undefined>;
};

/**
 * Chooses a password from a link in an email (reset or invitation), with the shared rules as a
 * live meter and the server's verdict. A used or expired link offers to ask for a new one.
 */
export function PasswordLinkForm({
  token,
  purpose,
  label,
  submitLabel,
  savingLabel,
  doneMessage,
  save,
}: PasswordLinkFormProps) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormErrors<LinkField>>(NO_ERRORS);
  const [badLink, setBadLink] = useState(!token);
  const [saving, setSaving] = useState(false);
  const [done, setDone] = useState(false);
  const formRef = useFocusFirstError(errors);
  // The server measures the password against the site's minimum and the person's own words: the
  // link tells the meter both, so it never calls "strong enough" what the server will refuse.
  const rules = useQuery(passwordLinkRulesQuery, {
    variables: { token, purpose },
    skip: !token,
    fetchPolicy: 'network-only',
  });
  const linkRules = rules.data?.passwordLinkRules;
  const unusable = rules.data !== undefined && linkRules === null;
  const minLength = linkRules?.minPasswordLength ?? MIN_LENGTH;
  const assessment = usePasswordAssessment(
    password,
    linkRules
      ? {
          minScore: linkRules.minPasswordScore,
          userInputs: linkRules.userInputs,
          hasMfa: linkRules.minPasswordLength < MIN_LENGTH,
        }
      : {},
  );

  async function handleSubmit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(NO_ERRORS);
    setSaving(true);
    try {
      const payload = await save({ token, password });
      if (payload?.ok) {
        setPassword('');
        setDone(true);
        return;
      }
      const serverErrors: readonly UserErrorLike[] = payload?.errors ?? [
        { code: 'UNKNOWN', message: 'Saving the password did not work. Try again in a moment.' },
      ];
      const split = splitErrors(serverErrors, FIELDS);
      // A password can break several rules at once (e.g. guessable and breached): say all.
      const messages = serverErrors.filter(e => e.field === 'password');
      if (messages.length > 1) split.fields.password = messages.map(e => e.message).join(' ');
      setBadLink(serverErrors.some(e => e.code === 'INVALID_LINK'));
      setErrors(split);
    } catch (error) {
      setErrors({ fields: {}, general: [describeProblem(error).message] });
    } finally {
      setSaving(false);
    }
  }

  if (done) {
    return (
      <>
        <p className="alert alert--success" role="status">
          {doneMessage}
        </p>
        <p className="sign-in__links">
          <Link to={SIGN_IN_PATH}>Sign in</Link>
        </p>
      </>
    );
  }

  if (badLink || unusable) {
    return (
      <>
        <FormAlert
          messages={
            errors.general.length
              ? errors.general
              : [
                  unusable
                    ? UNUSABLE_LINK
                    : 'This link is incomplete. Open the link from the email again.',
                ]
          }
        />
        <p className="sign-in__links">
          <Link to={FORGOT_PASSWORD_PATH}>Ask for a new link</Link>
        </p>
      </>
    );
  }

  return (
    <form className="form" ref={formRef} noValidate onSubmit={event => void handleSubmit(event)}>
      <FormAlert messages={errors.general} />
      <Field
        id="link-password"
        label={label}
        type="password"
        hint={`At least ${minLength} characters. A few unrelated words in a row work well.`}
        value={password}
        onChange={value => {
          setPassword(value);
          // The server's verdict was about the previous password: the meter takes over.
          if (errors.fields.password) setErrors({ ...errors, fields: {} });
        }}
        error={errors.fields.password}
        required
        autoComplete="new-password"
      />
      <PasswordStrength id="link-password-strength" assessment={assessment} />
      <button className="button button--primary button--block" type="submit" disabled={saving}>
        {saving ? savingLabel : submitLabel}
      </button>
    </form>
  );
}
