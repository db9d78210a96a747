// Several lines pasted at once into the shell on a terminal (tmux): iex reads each line only when
// it asks for the next one, so every line stands after its own prompt with its result under it,
// and the prompt counts one by one. The same paste goes to real iex and to `beamlet` (no command),
// then to `bin/APP remote` (a shell on a running release); the screens must be iex's (the remote
// prompt names the node: iex(anemone@HOST)N>, compared as iex(N)>).
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { execFileSync } from "node:child_process";
import { run, cleanup, sleep, Background, BIN, anemoneRelease, tempDir } from "./helpers.ts";

const hasIex = (() => {
  try {
    execFileSync("iex", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

// a multi-line expression, a line read by the expression before it, a slow one and quick ones
const PASTE = 'x = [1,\n2]\n1+1\nIO.gets("q")\nhello\n:timer.sleep(300)\n3+3\nEnum.sum(x)\n';
const LAST_PROMPT = /iex\(\S*7\)?>\s*$/;

describe.skipIf(!hasTmux || !hasIex)("lines pasted into the shell", () => {
  const { tmux, killServer, waitScreen } = privateTmux("paste");
  afterAll(killServer);

  /** the shell's screen from its banner on, after PASTE, its lines' ends trimmed */
  const pasted = async (name: string, cwd: string, command: string): Promise<string> => {
    tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "40", `cd ${cwd} && ${command}; sleep 60`);
    try {
      await waitScreen(name, /iex\(\S*1\)?>\s*$/);
      tmux("set-buffer", PASTE);
      tmux("paste-buffer", "-t", name);
      const screen = await waitScreen(name, LAST_PROMPT);
      const lines = screen.split("\n").map((l) => l.trimEnd());
      const from = lines.findIndex((l) => l.startsWith("Interactive Elixir"));
      return lines.slice(from).join("\n").trimEnd().replace(/^(iex|\.\.\.)\(\S+?\)(\d+)>/gm, "$1($2)>");
    } finally {
      tmux("kill-session", "-t", name);
    }
  };

  it("beamlet: each line after its prompt, its result under it, as iex", async () => {
    const dir = tempDir("paste");
    try {
      const want = await pasted(`iex-paste-${process.pid}`, dir, "iex");
      expect(want).toContain('iex(3)> IO.gets("q")\nqhello\n"hello\\n"\niex(4)>');
      const got = await pasted(`beamlet-paste-${process.pid}`, dir, `node ${BIN}`);
      expect(got).toBe(want);
    } finally {
      cleanup(dir);
    }
  });

  it("bin/APP remote: the same as iex", async () => {
    const { tmp, dir, bin } = await anemoneRelease("paste-remote");
    let node: Background | null = null;
    try {
      const want = await pasted(`iex-paste-remote-${process.pid}`, tmp, "iex");
      node = new Background(bin, ["start"], dir);
      for (let i = 0; i < 100 && (await run(bin, ["pid"], { cwd: dir })).code !== 0; i++) await sleep(200);
      const got = await pasted(`beamlet-paste-remote-${process.pid}`, dir, `${bin} remote`);
      expect(got).toBe(want);
      expect((await run(bin, ["stop"], { cwd: dir })).code).toBe(0);
    } finally {
      node?.kill();
      cleanup(tmp);
    }
  });
});
