import Nav from 'react-bootstrap/Nav';
import { NavLink } from 'react-router';

const LINKS = [
  { to: '/team', label: 'Overview' },
  { to: '/team/dailies', label: 'Dailies' },
  { to: '/team/stats', label: 'Statistics' },
  { to: '/team/calendar', label: 'Calendar' },
];

/** The team pages' own small navigation; the current page is marked for screen readers. */
export function TeamNav() {
  return (
    <Nav as="nav" variant="pills" className="mb-3 flex-wrap" aria-label="Team pages">
      {LINKS.map((link) => (
        <Nav.Item key={link.to}>
          <Nav.Link as={NavLink} to={link.to} end>
            {link.label}
          </Nav.Link>
        </Nav.Item>
      ))}
    </Nav>
  );
}
