// The terminal's size as a program sees it (:io.columns, :io.rows) when its output is piped but it
// runs in a terminal (`elixir x.exs | cat`, `mix test | tee log`): the BEAM's console answers with
// standard input's terminal, standard_error with its own; ExUnit lays its diffs out to that width.
// Through a real terminal (tmux, 50 columns), beside elixir.
import { privateTmux, hasTmux } from "../tmux_server.ts";
import { describe, it, expect, afterAll } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { cleanup, BIN, tempDir } from "./helpers.ts";

describe.skipIf(!hasTmux)("terminal size", () => {
  const { tmux, killServer, waitScreen } = privateTmux("size");
  afterAll(killServer);

  it("standard output piped: the size of standard input's terminal, standard_error's own; ExUnit's diffs take it (beside elixir)", async () => {
    const dir = tempDir("terminal-size");
    writeFileSync(join(dir, "sizes.exs"), "IO.inspect({:io.columns(), :io.rows(), :io.columns(:standard_error), :io.rows(:standard_error)})\n");
    writeFileSync(
      join(dir, "width_test.exs"),
      'ExUnit.start(seed: 0)\ndefmodule WidthTest do\n  use ExUnit.Case\n  test "long lists" do\n    assert Enum.to_list(1..30) == Enum.to_list(2..31)\n  end\nend\n',
    );
    const name = `beamlet-size-${process.pid}`;
    const session = async (cmd: string) => {
      const script = [`${cmd} sizes.exs | cat`, `${cmd} sizes.exs </dev/null | cat`, `${cmd} sizes.exs 2>/dev/null | cat`, `${cmd} width_test.exs | cat`].join("; ");
      tmux("new-session", "-d", "-s", name, "-x", "50", "-y", "60", `cd ${dir} && ${script}; echo DONE; sleep 60`);
      try {
        return (await waitScreen(name, /^DONE$/m)).replace(/^Finished in .*\n.*\n/m, "Finished\n").trimEnd();
      } finally {
        tmux("kill-session", "-t", name);
      }
    };
    try {
      const want = await session("elixir");
      // (a line of 50 characters or more goes on in the next)
      const joined = want.replace(/\n/g, "");
      expect(joined).toContain("{{:ok, 50}, {:ok, 60}, {:ok, 50}, {:ok, 60}}");
      expect(joined).toContain("{{:ok, 50}, {:ok, 60}, {:error, :enotsup}, {:error, :enotsup}}");
      expect(await session(`node ${BIN} run`)).toBe(want);
    } finally {
      cleanup(dir);
    }
  });
});
