// pids and Logger time stamps differ from run to run (and between runtimes): both sides of the
// comparison mask them the same way
export function maskExitReport(stderr) {
  return stderr.replace(/#PID<\d+\.\d+\.\d+>/g, "#PID<x>").replace(/\b\d{2}:\d{2}:\d{2}\.\d{3}\b/g, "HH:MM:SS.mmm");
}
