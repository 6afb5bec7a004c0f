import type { Person } from '../api/types';
import { personColor } from '../model/colors';

/** Who is which colour on the team calendar. */
export function PeopleLegend({ people }: { people: Person[] }) {
  if (people.length === 0) return null;
  return (
    <section aria-labelledby="calendar-legend-heading" className="mb-3">
      <h2 id="calendar-legend-heading" className="h6 mb-1">
        Colours
      </h2>
      <ul className="calendar-legend small">
        {people.map((p) => (
          <li key={p.user_id}>
            <span
              className="calendar-swatch"
              style={{ backgroundColor: personColor(p.user_preferred_color) }}
              aria-hidden="true"
            />
            {p.name ? `${p.name} (${p.alias})` : p.alias}
          </li>
        ))}
      </ul>
    </section>
  );
}
