// Ctrl-C on a node in the foreground shows the BEAM's BREAK menu (through a real terminal, tmux):
// `c` continues, `a` or a second Ctrl-C quits; for `bin/APP start` and `beamlet run --no-halt`.
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { cleanup, BIN, TIME_SCALE, anemoneRelease } from "./helpers.ts";

describe.skipIf(!hasTmux)("BREAK menu", () => {
  const { tmux, killServer, waitScreen: waitOn } = privateTmux("break");
  afterAll(killServer);
  // (with the lines scrolled off: the menu's and the counter's)
  const waitScreen = (name: string, re: RegExp) => waitOn(name, re, { history: 200 });

  it("bin/APP start: Ctrl-C shows it, c continues, a second Ctrl-C quits; run --no-halt: a quits", async () => {
    const { tmp, dir, bin } = await anemoneRelease("break");
    const name = `beamlet-break-${process.pid}`;
    try {
      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `cd ${dir} && BEAMLET_TIME_SCALE=${TIME_SCALE} ${bin} start; echo EXITED=$?; sleep 60`);
      await waitScreen(name, /count\[\]: 1\n/);
      tmux("send-keys", "-t", name, "C-c");
      await waitScreen(name, /BREAK: \(a\)bort \(A\)bort with dump \(c\)ontinue/);
      tmux("send-keys", "-t", name, "c", "Enter");
      const after = (await waitScreen(name, /BREAK[\s\S]*\nc\n/)).length;
      // still counting after `c`
      await waitScreen(name, new RegExp(`BREAK[\\s\\S]*\\nc\\n[\\s\\S]*count\\[\\]: \\d+\\n[\\s\\S]*count\\[\\]: \\d+\\n`));
      expect(after).toBeGreaterThan(0);
      tmux("send-keys", "-t", name, "C-c");
      // the second Ctrl-C once the menu is shown again (waiting for it, not for time)
      await waitScreen(name, /BREAK[\s\S]*\nc\n[\s\S]*BREAK: \(a\)bort/);
      tmux("send-keys", "-t", name, "C-c");
      await waitScreen(name, /EXITED=0/);
      tmux("kill-session", "-t", name);

      tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `cd ${dir} && BEAMLET_TIME_SCALE=${TIME_SCALE} node ${BIN} run --no-halt; echo EXITED=$?; sleep 60`);
      await waitScreen(name, /count\[\]: 1\n/);
      tmux("send-keys", "-t", name, "C-c");
      await waitScreen(name, /BREAK: \(a\)bort/);
      tmux("send-keys", "-t", name, "a", "Enter");
      await waitScreen(name, /EXITED=0/);
    } finally {
      try {
        tmux("kill-session", "-t", name);
      } catch {}
      cleanup(tmp);
    }
  }, 300000);
});
