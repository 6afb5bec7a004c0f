// Browser suites for the notifications pages. Each suite runs in a browser of its own (see journey.mjs).
export function notificationsSuites(_ctx) {
  return [];
}
