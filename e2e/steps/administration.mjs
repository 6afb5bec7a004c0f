// Browser suites for the administration pages. Each suite runs in a browser of its own (see journey.mjs).
export function administrationSuites(_ctx) {
  return [];
}
