import { Page } from '../../components/ui/page/page';

export function Component() {
  return <Page title="job-new">Coming soon</Page>;
}
