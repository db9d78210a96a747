// Property: random supervision trees (the lib Supervisor, one_for_one / one_for_all /
// rest_for_one, permanent / transient / temporary children, max_restarts) with random crashes
// behave as the model of OTP's restart strategies (test/otp/supervisor.model.ts). Programs run on a
// real node in deterministic mode. After each crash the driver waits for events, not time (the
// child's DOWN, then a call the supervisor answers once its restarts are done), so the same
// program holds on a loaded machine when PROP_ELIXIR=N checks the model on real `elixir`.
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
  # started (and counted by main) before the supervisor goes on: restarts are done when it answers
  def start_link(i, main) do
    sup = self()
    pid = spawn_link(fn -> send(main, {:started, i}); send(sup, {:ready, self()}); loop() end)
    receive do
      {:ready, ^pid} -> {:ok, pid}
    end
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
    starts = count(%{})
    IO.puts("S|" <> state(sup, n, starts))
    Enum.reduce_while(crashes, starts, fn {i, reason}, starts ->
      case List.keyfind(Supervisor.which_children(sup), i, 0) do
        {_, pid, _, _} when is_pid(pid) ->
          # events, not time: the child is gone, so its exit is queued at the supervisor before
          # the next call, which the supervisor answers once it has restarted what it restarts
          child = Process.monitor(pid)
          send(pid, {:die, reason})
          receive do
            {:DOWN, ^child, :process, _, _} -> :ok
          end
        _ -> :ok
      end
      case answer(sup, ref) do
        {:down, r} ->
          IO.puts("S|supervisor down #{inspect(r)}")
          {:halt, count(starts)}
        :up ->
          starts = count(starts)
          IO.puts("S|" <> state(sup, n, starts))
          {:cont, starts}
      end
    end)
  end

  # the supervisor answers a call (it is up), or went down (too many restarts)
  def answer(sup, ref) do
    try do
      _ = :sys.get_state(sup)
      :up
    catch
      :exit, _ ->
        receive do
          {:DOWN, ^ref, :process, _, r} -> {:down, r}
        end
    end
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
    // a bound for a hung run, not a speed test: 60 deterministic runs take 30 s alone and over
    // 120 s on a loaded 2-core machine
    600000,
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
