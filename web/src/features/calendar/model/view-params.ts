/**
 * Which view and date the calendar shows, kept in the address (?view=…&date=…), so going
 * back from an entry's page returns to the same week, and a link can be shared.
 */
export const VIEW_NAMES = ['dayGridMonth', 'timeGridWeek', 'timeGridDay', 'listWeek'] as const;
export type CalendarViewName = (typeof VIEW_NAMES)[number];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface ViewParams {
  view: CalendarViewName | null;
  date: string | null;
}

/** Reads the address; anything malformed is ignored rather than trusted. */
export function readViewParams(params: URLSearchParams): ViewParams {
  const view = params.get('view');
  const date = params.get('date');
  const valid = date !== null && DATE.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`));
  return {
    view: VIEW_NAMES.find((name) => name === view) ?? null,
    date: valid ? date : null,
  };
}

/** The address for a view and date, keeping any other parameters. */
export function writeViewParams(
  params: URLSearchParams,
  view: string,
  date: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set('view', view);
  next.set('date', date);
  return next;
}
