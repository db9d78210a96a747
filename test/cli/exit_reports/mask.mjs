// pids and Logger time stamps differ from run to run (and between runtimes): both sides of the
// comparison mask them the same way, references too; so are a fun's index and uniq (`#Function<0.100319512 in ...`)
export function maskExitReport(stderr) {
  return stderr.replace(/#PID<\d+\.\d+\.\d+>/g, "#PID<x>").replace(/#Reference<[\d.]+>/g, "#Reference<x>").replace(/#Function<\d+\.\d+/g, "#Function<N.U").replace(/\b\d{2}:\d{2}:\d{2}\.\d{3}\b/g, "HH:MM:SS.mmm");
}
