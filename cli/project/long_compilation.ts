// "Compiling lib/x.ex (it's taking more than 10s)": mix's compiler says so on standard output once
// a file of the project has compiled for 10 seconds (a module body that sleeps or computes long).
// A file compiles synchronously here (module bodies run through Node.driveSync), so no timer of
// the event loop could fire meanwhile: the watch rides the synchronous run's hooks instead, its
// polls between two slices and its blocking sleeps, cut at the deadline; a timer covers the time
// the compilation awaits the host.
import type { Host } from "../../vm/node.ts";

const THRESHOLD_MS = 10_000;

/** watches the compilation of `file` from now; the returned function ends the watch */
export function watchLongCompilation(host: Host, file: string, write: (text: string) => void): () => void {
  const deadline = performance.now() + THRESHOLD_MS;
  let said = false;
  const check = () => {
    if (said || performance.now() < deadline) return;
    said = true;
    write(`Compiling ${file} (it's taking more than 10s)\n`);
  };
  const { sleepSync, syncInterrupts } = host;
  if (sleepSync) {
    host.sleepSync = (ms: number) => {
      const left = deadline - performance.now();
      // (a sleep past the deadline wakes there: the node sleeps again for the rest)
      if (!said && left > 0 && left < ms) sleepSync.call(host, Math.ceil(left));
      else sleepSync.call(host, ms);
      check();
    };
  }
  if (syncInterrupts) {
    host.syncInterrupts = {
      poll(since: number) {
        check();
        syncInterrupts.poll(since);
      },
      end: () => syncInterrupts.end(),
    };
  }
  const timer = setTimeout(check, THRESHOLD_MS);
  return () => {
    clearTimeout(timer);
    host.sleepSync = sleepSync;
    host.syncInterrupts = syncInterrupts;
  };
}
