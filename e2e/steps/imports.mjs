// Browser suites for the imports pages. Each suite runs in a browser of its own (see journey.mjs).
export function importsSuites(_ctx) {
  return [];
}
