// Lines typed (or pasted) into a terminal while the shell is still starting: iex's terminal is in
// raw mode from the emulator's start, so they are not echoed where they were typed (between mix's
// output and the banner) but come out after the first prompts, each with its result. Beside real
// `iex -S mix`, through tmux, on a project whose application waits at start for a file the test
// creates once the keys were sent (events, not time, order the screen).
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { readFileSync, writeFileSync, cpSync } from "node:fs";
import { join } from "node:path";
import { beamlet, tempDir, cleanup, BIN } from "../e2e/helpers.ts";

const WAIT_AT_START = `    IO.puts("starting")
    wait_for_go()
`;
const WAITER = `
  defp wait_for_go do
    unless File.exists?("go") do
      Process.sleep(50)
      wait_for_go()
    end
  end
end
`;

describe.skipIf(!hasTmux)("keys typed before the shell is up", () => {
  const { tmux, killServer, waitScreen } = privateTmux("typed-ahead");
  afterAll(killServer);

  it("are not echoed before the banner, and are read after the first prompt, as in iex -S mix", async () => {
    const tmp = tempDir("typed-ahead");
    const name = `beamlet-typed-ahead-${process.pid}`;
    try {
      expect((await beamlet(["new", "slow", "--sup"], { cwd: tmp })).code).toBe(0);
      const app = join(tmp, "slow", "lib", "slow", "application.ex");
      const source = readFileSync(app, "utf8");
      writeFileSync(app, source.replace(/(  def start\(_type, _args\) do\n)/, `$1${WAIT_AT_START}`).replace(/\nend\n$/, `\n${WAITER}`));
      cpSync(join(tmp, "slow"), join(tmp, "slow_iex"), { recursive: true });
      const session = async (dir: string, command: string) => {
        tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", `cd ${dir} && ${command}; echo EXITED=$?; sleep 60`);
        try {
          await waitScreen(name, /^starting$/m);
          // (written to the terminal before send-keys returns: a cooked terminal has echoed them
          // by then, ahead of anything the application prints once it goes on)
          tmux("send-keys", "-t", name, "1 + 1", "Enter", "2 + 3", "Enter");
          writeFileSync(join(dir, "go"), "");
          return (await waitScreen(name, /^iex\(3\)>/m)).trimEnd();
        } finally {
          tmux("kill-session", "-t", name);
        }
      };
      const want = await session(join(tmp, "slow_iex"), "iex -S mix");
      expect(want).toMatch(/^starting\nInteractive Elixir/m);
      expect(await session(join(tmp, "slow"), `node ${BIN} repl`)).toBe(want);
    } finally {
      cleanup(tmp);
    }
  });
});
