/**
 * CPU time of one call, in milliseconds: user + system time of this test process (vitest runs one
 * fork per test file). The growth checks compare it across input sizes; unlike wall time, it does
 * not grow when other processes keep the machine's cores busy.
 */
export function cpuMs(run: () => unknown): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}
