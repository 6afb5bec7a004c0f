import { Page } from '../../components/ui/page/page';

export function Component() {
  return <Page title="sessions">Coming soon</Page>;
}
