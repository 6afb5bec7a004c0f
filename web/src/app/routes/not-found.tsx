import { Link } from 'react-router';
import { Page } from '../../components/ui/page/page';

export function Component() {
  return (
    <Page title="Page not found" width="sm">
      <p>There is nothing at this address.</p>
      <Link to="/" className="btn btn-primary">
        Main page
      </Link>
    </Page>
  );
}
