// Browser suites for the management pages. Each suite runs in a browser of its own (see journey.mjs).
export function managementSuites(_ctx) {
  return [];
}
