import { Page } from '../../components/ui/page/page';
import { TermsText } from '../../features/auth/components/terms-text';

export function Component() {
  return (
    <Page title="Terms and conditions" width="md">
      <TermsText />
    </Page>
  );
}
