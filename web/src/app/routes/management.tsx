import { Page } from '../../components/ui/page/page';
import { ManagementView } from '../../features/management/components/management-view';

export function Component() {
  return (
    <Page title="Management" width="lg">
      <ManagementView />
    </Page>
  );
}
