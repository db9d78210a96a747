// tmux for tests that drive a real terminal: each test file runs its own tmux server (a socket
// of its own, -L), so another tmux user on the machine (a person, another test file, a
// `tmux kill-server`) can neither see its sessions nor take its server down mid-test.
import { execFileSync } from "node:child_process";

export function privateTmux(tag: string): { tmux: (...args: string[]) => string; killServer: () => void } {
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
  return { tmux, killServer };
}
