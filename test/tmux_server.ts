// tmux for tests that drive a real terminal: each test file runs its own tmux server (a socket
// of its own, -L), so another tmux user on the machine (a person, another test file, a
// `tmux kill-server`) can neither see its sessions nor take its server down mid-test.
import { execFileSync } from "node:child_process";

/** whether tmux is installed (the terminal tests are skipped without it) */
export const hasTmux = (() => {
  try {
    execFileSync("tmux", ["-V"]);
    return true;
  } catch {
    return false;
  }
})();

export interface PrivateTmux {
  tmux: (...args: string[]) => string;
  killServer: () => void;
  /** the screen of session `name` (with `history` lines scrolled off above it) once it matches `re`:
   *  waits for what the screen shows, not for time */
  waitScreen: (name: string, re: RegExp, opts?: { ms?: number; history?: number }) => Promise<string>;
}

export function privateTmux(tag: string): PrivateTmux {
  const socket = `beamlet-test-${tag}-${process.pid}`;
  const run = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
  let started = false;
  const tmux = (...args: string[]) => {
    // The server stays up between sessions (exit-empty off): by default it exits when a test kills
    // its last session, and the next test's new-session, reaching the server as it shuts down,
    // failed with "server exited unexpectedly".
    if (!started) {
      run("start-server", ";", "set-option", "-g", "exit-empty", "off");
      started = true;
    }
    return run(...args);
  };
  const killServer = () => {
    started = false;
    try {
      run("kill-server");
    } catch {}
  };
  const waitScreen = async (name: string, re: RegExp, opts: { ms?: number; history?: number } = {}): Promise<string> => {
    const t0 = Date.now();
    for (;;) {
      const s = tmux("capture-pane", "-p", ...(opts.history ? ["-S", `-${opts.history}`] : []), "-t", name);
      if (re.test(s)) return s;
      if (Date.now() - t0 > (opts.ms ?? 480_000)) throw new Error(`timed out waiting for ${re}; screen:\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  return { tmux, killServer, waitScreen };
}
