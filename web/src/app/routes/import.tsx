import { Page } from '../../components/ui/page/page';

export function Component() {
  return (
    <Page title="Import jobs" width="lg">
      <p>This page is being built.</p>
    </Page>
  );
}
