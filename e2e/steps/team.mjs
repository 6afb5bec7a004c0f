// Browser suites for the team pages. Each suite runs in a browser of its own (see journey.mjs).
export function teamSuites(_ctx) {
  return [];
}
