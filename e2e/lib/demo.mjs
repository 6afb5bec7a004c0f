// Who the browser suites sign in as: the seeded demo team (`crewlog seed-demo`).
/** The seeded demo team (bin/crewlog.mjs seed-demo); jon is left to the lock-out test. */
export const DEMO = {
  admin: 'ada@example.com',
  manager: 'mia@example.com',
  field: 'tom@example.com',
  otherField: 'lee@example.com',
  password: 'crewlog-demo',
};
