import { Page } from '../../components/ui/page/page';

export function Component() {
  return (
    <Page title="Contact" width="sm">
      <p>Questions about Crewlog, your account or your data?</p>
      <dl>
        <dt>Your manager</dt>
        <dd>For entries, tickets, buildings and devices.</dd>
        <dt>Your Crewlog administrator</dt>
        <dd>For accounts, sign-in problems, lock-outs and data export requests.</dd>
      </dl>
      <p className="mb-0">
        Locked out after too many attempts? Wait for the time shown on the sign-in page; the lock
        lifts by itself.
      </p>
    </Page>
  );
}
