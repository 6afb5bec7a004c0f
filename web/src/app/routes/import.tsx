import { Page, Panel } from '../../components/ui/page/page';
import { ImportLog } from '../../features/imports/components/import-log';
import { ImportWorkflow } from '../../features/imports/components/import-workflow';
import { useSession } from '../../lib/auth/session-context';

export function Component() {
  const { me } = useSession();
  return (
    <Page title="Import jobs" width="lg">
      <p>
        Turn job emails (.eml, Outlook .msg) or a Crewlog export (.json) into jobs. You review every
        proposed job before anything is saved.
      </p>
      <ImportWorkflow />
      <div className="mt-4">
        <Panel title="Recent imports" id="import-log">
          <ImportLog userId={me?.user_id ?? null} />
        </Panel>
      </div>
    </Page>
  );
}
