// `bin/APP remote` on a terminal (tmux): as `iex --remsh` from a mix release, the local emulator's
// banner and the shell's banner stand atop it, the same two lines real iex shows on a terminal
// (test/cli/repl_fixtures/tty.screen, recorded from iex 1.14), then the prompt naming the node.
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run, cleanup, sleep, Background, ROOT, anemoneRelease } from "./helpers.ts";

describe.skipIf(!hasTmux)("bin/APP remote on a terminal", () => {
  const { tmux, killServer, waitScreen } = privateTmux("remote");
  afterAll(killServer);

  it("shows the emulator's banner, then iex's, then the node's prompt", async () => {
    const { tmp, bin } = await anemoneRelease("remote-tty");
    const name = `beamlet-remote-${process.pid}`;
    let node: Background | null = null;
    try {
      node = new Background(bin, ["start"], tmp);
      for (let i = 0; i < 100 && (await run(bin, ["pid"], { cwd: tmp })).code !== 0; i++) await sleep(200);
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `${bin} remote; sleep 60`);
      const screen = await waitScreen(name, /iex\(\S+\)1>\s*$/m);
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
  });
});
