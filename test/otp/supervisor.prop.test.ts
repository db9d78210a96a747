// Property: random supervision trees (the lib Supervisor, one_for_one / one_for_all /
// rest_for_one, permanent / transient / temporary children, max_restarts) with random crashes
// behave as the model of OTP's restart strategies (test/otp/supervisor.model.ts). Programs run on a
// real node in deterministic mode; Process.sleep(1) after each crash is a barrier (virtual time
// moves only when no process can run). PROP_ELIXIR=N also checks the model on real `elixir`.
import { describe, it } from "vitest";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runElixir, failureReport } from "../vm/exits.model.ts";
import { runSupModel, type SupScenario, type Restart, type ExitReason, type Strategy } from "./supervisor.model.ts";

const RUNS = Number(process.env.PROP_RUNS ?? 40);

const DRIVER = `
defmodule W do
  def start_link(i, main) do
    {:ok, spawn_link(fn -> send(main, {:started, i}); loop() end)}
  end

  defp loop, do: receive(do: ({:die, r} -> exit(r)))
end

defmodule Main do
  def state(sup, n, starts) do
    kids = Map.new(Supervisor.which_children(sup), fn {id, pid, _, _} -> {id, pid} end)
    Enum.flat_map(0..(n - 1), fn i ->
      case Map.fetch(kids, i) do
        {:ok, pid} when is_pid(pid) -> ["w#{i}=up/#{Map.get(starts, i, 0)}"]
        {:ok, :undefined} -> ["w#{i}=undefined/#{Map.get(starts, i, 0)}"]
        :error -> []
      end
    end)
    |> Enum.join(" ")
  end

  def count(starts) do
    receive do
      {:started, i} -> count(Map.update(starts, i, 1, &(&1 + 1)))
    after
      0 -> starts
    end
  end

  def run(strategy, max_restarts, restarts, crashes) do
    Process.flag(:trap_exit, true)
    n = length(restarts)
    children =
      for {r, i} <- Enum.with_index(restarts),
          do: %{id: i, start: {W, :start_link, [i, self()]}, restart: r}
    {:ok, sup} = Supervisor.start_link(children, strategy: strategy, max_restarts: max_restarts, max_seconds: 5)
    ref = Process.monitor(sup)
    Process.sleep(1)
    starts = count(%{})
    IO.puts("S|" <> state(sup, n, starts))
    Enum.reduce_while(crashes, starts, fn {i, reason}, starts ->
      case List.keyfind(Supervisor.which_children(sup), i, 0) do
        {_, pid, _, _} when is_pid(pid) -> send(pid, {:die, reason})
        _ -> :ok
      end
      Process.sleep(1)
      starts = count(starts)
      receive do
        {:DOWN, ^ref, :process, _, r} ->
          IO.puts("S|supervisor down #{inspect(r)}")
          {:halt, starts}
      after
        0 ->
          IO.puts("S|" <> state(sup, n, starts))
          {:cont, starts}
      end
    end)
  end
end
`;

function program(s: SupScenario): string {
  return `${DRIVER}
Main.run(:${s.strategy}, ${s.maxRestarts}, [${s.restarts.map((r) => ":" + r).join(", ")}], [${s.crashes.map((c) => `{${c.child}, :${c.reason}}`).join(", ")}])
`;
}

const output = (stdout: string) =>
  stdout
    .split("\n")
    .filter((l) => l.startsWith("S|"))
    .map((l) => l.slice(2).trimEnd())
    .join("\n");

const scenario: fc.Arbitrary<SupScenario> = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    strategy: fc.constantFrom("one_for_one", "one_for_all", "rest_for_one") as fc.Arbitrary<Strategy>,
    maxRestarts: fc.integer({ min: 0, max: 4 }),
    restarts: fc.array(fc.constantFrom("permanent", "transient", "temporary") as fc.Arbitrary<Restart>, { minLength: n, maxLength: n }),
    crashes: fc.array(
      fc.record({ child: fc.integer({ min: 0, max: n - 1 }), reason: fc.constantFrom("normal", "shutdown", "boom") as fc.Arbitrary<ExitReason> }),
      { minLength: 1, maxLength: 7 },
    ),
  }),
);

describe("Supervisor restart strategies (property, deterministic node)", () => {
  it(
    "match the model of one_for_one / one_for_all / rest_for_one with max_restarts",
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (s, seed) => {
          const src = program(s);
          const want = runSupModel(s).join("\n");
          const r = await runElixir(src, seed);
          const got = output(r.stdout);
          if (got !== want) throw new Error(failureReport(seed, src, want, { ...r, stdout: got + "\n(raw)\n" + r.stdout }));
        }),
        { numRuns: RUNS, verbose: 1 },
      );
    },
    120000,
  );

  it.runIf(Number(process.env.PROP_ELIXIR ?? 0) > 0)(
    "the model agrees with real Elixir",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "beamlet-sup-"));
      fc.assert(
        fc.property(scenario, (s) => {
          const file = join(dir, "case.exs");
          writeFileSync(file, program(s));
          const r = spawnSync("elixir", [file], { encoding: "utf8", timeout: 60000 });
          const want = runSupModel(s).join("\n");
          const got = output(r.stdout);
          if (got !== want) throw new Error(failureReport(0, program(s), want, { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 }));
        }),
        { numRuns: Number(process.env.PROP_ELIXIR), verbose: 1 },
      );
    },
    900000,
  );
});
