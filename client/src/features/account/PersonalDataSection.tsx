import { PersonalDataButton } from './PersonalDataButton';

/** GDPR access: everything Horae holds about the viewer, as one ZIP. */
export function PersonalDataSection() {
  return (
    <section className="card" aria-labelledby="your-data-title">
      <h2 id="your-data-title">Your data</h2>
      <p>
        Download everything Horae holds about you on this site as one ZIP file: your profile,
        groups, time entries, timesheets, sessions and the audit events about you, as a JSON
        document and as CSV tables for spreadsheets.
      </p>
      <p className="muted">
        Passwords, two-step sign-in keys, recovery codes and session ids are never included. Each
        download is recorded in the audit log. To have your data erased, ask an administrator.
      </p>
      <PersonalDataButton label="Download my data (ZIP)" what="your data" />
    </section>
  );
}
