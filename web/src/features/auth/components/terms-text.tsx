/** The terms every user agrees to. A new version number makes everyone agree again. */
export function TermsText() {
  return (
    <div className="terms-text">
      <p>
        Crewlog is your team's record of jobs, tickets and tasks. By using it you agree to these
        terms.
      </p>
      <h2 className="h5">1. What you may store</h2>
      <p>
        Record the work you do: jobs, times, materials, access needs, programming changes and
        follow-ups. <strong>Do not store sensitive data</strong> — no passwords, door codes, alarm
        codes, personal data of customers or anything your employer classes as confidential.
      </p>
      <h2 className="h5">2. Your account</h2>
      <p>
        Keep your password to yourself. You may be signed in on up to three devices; signing in on a
        fourth ends the oldest session. Sessions end after 24 hours without activity.
      </p>
      <h2 className="h5">3. Who sees what</h2>
      <p>
        Your job details are yours. Your team sees when and where you worked (not what you wrote).
        Managers and administrators may read and moderate entries. Every change is recorded in an
        audit log that administrators can read.
      </p>
      <h2 className="h5">4. Changes to these terms</h2>
      <p>When these terms change you will be asked to agree again before you continue.</p>
    </div>
  );
}
