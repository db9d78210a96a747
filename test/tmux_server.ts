// tmux for tests that drive a real terminal: each test file runs its own tmux server (a socket
// of its own, -L), so another tmux user on the machine (a person, another test file, a
// `tmux kill-server`) can neither see its sessions nor take its server down mid-test.
import { execFileSync } from "node:child_process";

export function privateTmux(tag: string): { tmux: (...args: string[]) => string; killServer: () => void } {
  const socket = `beamlet-test-${tag}-${process.pid}`;
  const tmux = (...args: string[]) => execFileSync("tmux", ["-L", socket, ...args], { encoding: "utf8" });
  const killServer = () => {
    try {
      tmux("kill-server");
    } catch {}
  };
  return { tmux, killServer };
}
