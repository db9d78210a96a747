// Preloaded by `bench/ab.mjs --cpu` (node --import): performance.now, beamlet's clock, counts the
// process's CPU time (user + system, all threads) instead of wall-clock time, so that the measured
// part (`:timer.tc`) leaves out the time a busy machine does not run the process at all. For
// comparing builds only: timers (`receive ... after`) then fire by CPU time.
const { cpuUsage } = process;
performance.now = () => {
  const u = cpuUsage();
  return (u.user + u.system) / 1000;
};
