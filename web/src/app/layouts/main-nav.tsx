import { useState } from 'react';
import Container from 'react-bootstrap/Container';
import Nav from 'react-bootstrap/Nav';
import Navbar from 'react-bootstrap/Navbar';
import NavDropdown from 'react-bootstrap/NavDropdown';
import { Link, NavLink, useNavigate } from 'react-router';
import { useToast } from '../../components/ui/toaster/toast-context';
import { NotificationBell } from '../../features/notifications/components/notification-bell';
import { useTimezone } from '../../lib/auth/profile';
import { useSession } from '../../lib/auth/session-context';
import { useOutboxItems } from '../../lib/offline/use-outbox';
import { hasRole, type Role } from './require-role';

type NavRole = Role | 'everyone';

const WORK_LINKS: { to: string; label: string; role: NavRole }[] = [
  { to: '/dailies', label: 'Dailies', role: 'everyone' },
  { to: '/jobs', label: 'Jobs', role: 'everyone' },
  { to: '/tasks', label: 'Tasks', role: 'everyone' },
  { to: '/calendar', label: 'Calendar', role: 'everyone' },
  { to: '/stats', label: 'Stats', role: 'everyone' },
  { to: '/team', label: 'Team', role: 'everyone' },
  { to: '/management', label: 'Management', role: 'manager' },
  { to: '/administration', label: 'Administration', role: 'admin' },
];

/** Top navigation; collapses behind a menu button below the lg breakpoint (phones). */
export function MainNav() {
  const { status, me, signOut } = useSession();
  const navigate = useNavigate();
  const toast = useToast();
  const timeZone = useTimezone();
  const [expanded, setExpanded] = useState(false);
  const close = () => setExpanded(false);
  // An expired session keeps its navigation: the page stays until the person signs in again.
  const signedIn = status === 'signed-in' || status === 'expired';

  const unsent = useOutboxItems().length;
  const onSignOut = async () => {
    close();
    // Signing out forgets this device's unsent changes (another person may use it next).
    const leave =
      unsent === 0 ||
      window.confirm(
        `${unsent === 1 ? 'One change has' : `${unsent} changes have`} not been sent yet and will be lost if you sign out now. Sign out anyway?`,
      );
    if (!leave) return;
    try {
      await signOut();
      navigate('/login', { replace: true });
    } catch {
      toast({ message: 'Signed out on this device.', variant: 'info' });
    }
  };

  return (
    <Navbar
      expand="lg"
      className="app-navbar border-bottom"
      expanded={expanded}
      onToggle={setExpanded}
    >
      <Container fluid="lg">
        <Navbar.Brand as={Link} to={signedIn ? '/home' : '/'} onClick={close}>
          <img
            src="/favicon.svg"
            alt=""
            width="28"
            height="28"
            className="me-2 align-text-bottom"
          />
          Crewlog
        </Navbar.Brand>
        {signedIn && (
          // Outside the collapsing menu, so phones show the count without opening it.
          <NotificationBell
            timeZone={timeZone}
            className="ms-auto me-2 ms-lg-2 me-lg-0 order-lg-last"
          />
        )}
        <Navbar.Toggle aria-controls="main-nav" label="Menu" />
        <Navbar.Collapse id="main-nav">
          {signedIn ? (
            <>
              <Nav as="ul" className="me-auto" aria-label="Main">
                {WORK_LINKS.filter(
                  (link) => link.role === 'everyone' || hasRole(me, link.role),
                ).map((link) => (
                  <Nav.Item as="li" key={link.to}>
                    <Nav.Link as={NavLink} to={link.to} onClick={close}>
                      {link.label}
                    </Nav.Link>
                  </Nav.Item>
                ))}
              </Nav>
              <Nav aria-label="Account">
                <NavDropdown title={me?.alias || 'Account'} id="account-menu" align="end">
                  <NavDropdown.Item as={Link} to="/profile" onClick={close}>
                    Profile
                  </NavDropdown.Item>
                  <NavDropdown.Item as={Link} to="/summary" onClick={close}>
                    Summary
                  </NavDropdown.Item>
                  <NavDropdown.Item as={Link} to="/import" onClick={close}>
                    Import jobs
                  </NavDropdown.Item>
                  <NavDropdown.Item as={Link} to="/preferences" onClick={close}>
                    Preferences
                  </NavDropdown.Item>
                  <NavDropdown.Item as={Link} to="/sessions" onClick={close}>
                    My sessions
                  </NavDropdown.Item>
                  <NavDropdown.Divider />
                  <NavDropdown.Item as="button" onClick={() => void onSignOut()}>
                    Sign out
                  </NavDropdown.Item>
                </NavDropdown>
              </Nav>
            </>
          ) : (
            <Nav className="ms-auto" aria-label="Account">
              <Nav.Link as={NavLink} to="/login" onClick={close}>
                Sign in
              </Nav.Link>
              <Nav.Link as={NavLink} to="/register" onClick={close}>
                Register
              </Nav.Link>
            </Nav>
          )}
        </Navbar.Collapse>
      </Container>
    </Navbar>
  );
}
