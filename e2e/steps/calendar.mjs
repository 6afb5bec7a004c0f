// Browser suites for the calendar pages. Each suite runs in a browser of its own (see journey.mjs).
export function calendarSuites(_ctx) {
  return [];
}
