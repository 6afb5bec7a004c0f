import { Link } from 'react-router';
import hero from '../../assets/hero.svg';
import { Page } from '../../components/ui/page/page';
import { useSession } from '../../lib/auth/session-context';

export function Component() {
  const { status } = useSession();
  return (
    <Page title="Crewlog" width="md">
      <div className="row align-items-center g-4">
        <div className="col-md-6">
          <p className="lead">
            Log your jobs and tasks where you do them — in the plant room, on the roof, in the van —
            and see your day add up.
          </p>
          <ul>
            <li>Jobs against tickets, with the devices you touched</li>
            <li>Dailies with hours totalled, ready to copy</li>
            <li>Alerts when materials, access or a follow-up are needed</li>
          </ul>
          <div className="d-flex flex-wrap gap-2 mt-3">
            {status === 'signed-in' ? (
              <Link className="btn btn-primary btn-lg" to="/home">
                Open my work
              </Link>
            ) : (
              <>
                <Link className="btn btn-primary btn-lg" to="/login">
                  Sign in
                </Link>
                <Link className="btn btn-outline-primary btn-lg" to="/register">
                  Register
                </Link>
              </>
            )}
          </div>
        </div>
        <div className="col-md-6 text-center">
          <img
            className="hero-picture"
            src={hero}
            alt="A technician's van outside a building, beside a ticked checklist"
            width="480"
            height="300"
          />
        </div>
      </div>
    </Page>
  );
}
