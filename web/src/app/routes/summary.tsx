import { Page } from '../../components/ui/page/page';

export function Component() {
  return <Page title="summary">Coming soon</Page>;
}
