import { Page } from '../../components/ui/page/page';

export function Component() {
  return (
    <Page title="Team calendar" width="lg">
      <p>This page is being built.</p>
    </Page>
  );
}
