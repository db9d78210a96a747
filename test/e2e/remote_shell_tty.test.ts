// `bin/APP remote` on a terminal (tmux): as `iex --remsh` from a mix release, the local emulator's
// banner and the shell's banner stand atop it, the same two lines real iex shows on a terminal
// (test/cli/repl_fixtures/tty.screen, recorded from iex 1.14), then the prompt naming the node.
import { privateTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beamlet, run, tempDir, cleanup, copyExample, sleep, Background, ROOT } from "./helpers.ts";

const hasTmux = (() => {
  try {
    execFileSync("tmux", ["-V"]);
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasTmux)("bin/APP remote on a terminal", () => {
  const { tmux, killServer } = privateTmux("remote");
  afterAll(killServer);

  it("shows the emulator's banner, then iex's, then the node's prompt", async () => {
    const tmp = tempDir("remote-tty");
    const dir = join(tmp, "anemone");
    copyExample("anemone", dir);
    const name = `beamlet-remote-${process.pid}`;
    let node: Background | null = null;
    try {
      expect((await beamlet(["release"], { cwd: dir, env: { MIX_ENV: "prod" } })).code).toBe(0);
      const bin = join(dir, "_build", "prod", "rel", "anemone", "bin", "anemone");
      node = new Background(bin, ["start"], tmp);
      for (let i = 0; i < 100 && (await run(bin, ["pid"], { cwd: tmp })).code !== 0; i++) await sleep(200);
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `${bin} remote; sleep 60`);
      let screen = "";
      for (let i = 0; i < 300 && !/iex\(\S+\)1>\s*$/m.test(screen); i++) {
        await sleep(100);
        screen = tmux("capture-pane", "-p", "-t", name);
      }
      const lines = screen.split("\n").map((l) => l.trimEnd()).filter((l) => l !== "");
      const iex = readFileSync(join(ROOT, "test", "cli", "repl_fixtures", "tty.screen"), "utf8").split("\n");
      expect(lines.slice(0, 2)).toEqual(iex.slice(0, 2));
      expect(lines[2]).toMatch(/^iex\(anemone@[^)]+\)1>$/);
      tmux("kill-session", "-t", name);
      expect((await run(bin, ["stop"], { cwd: tmp })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  }, 240000);
});
