// Property: random link/monitor/exit graphs behave as Erlang's exit rules say (test/vm/exits.model.ts).
// Each case is an Elixir program run on a real node in deterministic mode (seeded scheduler,
// virtual clock). After each action the driver waits for events, not time (Main.settle: ping
// rounds until no death is left to cascade), so the same program holds on a loaded machine when
// PROP_ELIXIR=N checks the model on real `elixir`. On failure fast-check prints its seed and the
// shrunk scenario; the message carries the scheduler seed, the generated program and both outputs.
import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { spawnSync } from "node:child_process";
import { writeFileSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runElixir, runExitModel, canonicalInbox, failureReport, type ExitScenario, type Action } from "./exits.model.ts";

const RUNS = Number(process.env.PROP_RUNS ?? 60);

const DRIVER = `
defmodule W do
  def start(i, trap) do
    Process.flag(:trap_exit, trap)
    receive do
      {:pids, pids} -> loop(i, pids, [])
    end
  end

  def idx(pids, pid), do: Enum.find_index(Tuple.to_list(pids), &(&1 == pid))

  def rt({%RuntimeError{}, _}), do: "error"
  def rt(r) when is_atom(r), do: Atom.to_string(r)
  def rt(r), do: inspect(r)

  # mons: [{id, ref, target_index}] in creation order
  def loop(i, pids, mons) do
    receive do
      {:cmd, c} ->
        case c do
          {:link, t} -> Process.link(elem(pids, t)); loop(i, pids, mons)
          {:monitor, t, id} -> loop(i, pids, mons ++ [{id, Process.monitor(elem(pids, t)), t}])
          {:demonitor, t} ->
            case Enum.find(mons, fn {_, _, tt} -> tt == t end) do
              nil -> loop(i, pids, mons)
              {_, ref, _} = m ->
                true = Process.demonitor(ref, [:flush])
                loop(i, pids, List.delete(mons, m))
            end
          {:exit, r} -> exit(r)
          :raise -> raise "boom"
          :finish -> :ok
          {:signal, t, r} -> Process.exit(elem(pids, t), r); loop(i, pids, mons)
          {:report, main} ->
            send(main, {:report, i, drain(pids, mons, [])})
            loop(i, pids, mons)
        end

      {:ping, main} ->
        send(main, {:pong, i})
        loop(i, pids, mons)
    end
  end

  def drain(pids, mons, acc) do
    receive do
      {:EXIT, pid, r} -> drain(pids, mons, ["EXIT(p#{idx(pids, pid)},#{rt(r)})" | acc])
      {:DOWN, ref, :process, pid, r} ->
        {id, _, _} = Enum.find(mons, fn {_, rr, _} -> rr == ref end)
        drain(pids, mons, ["DOWN(m#{id},p#{idx(pids, pid)},#{rt(r)})" | acc])
      other -> drain(pids, mons, ["OTHER(#{inspect(other)})" | acc])
    after
      0 -> Enum.reverse(acc)
    end
  end
end

defmodule Main do
  def run(n, traps, setup, actions) do
    ws = for i <- 0..(n - 1), do: spawn(W, :start, [i, Enum.at(traps, i)])
    pids = List.to_tuple(ws)
    refs = Enum.map(ws, &Process.monitor/1)
    for w <- ws, do: send(w, {:pids, pids})
    for {who, c} <- setup, do: send(elem(pids, who), {:cmd, c})
    dead = settle(ws, refs, %{})
    dead =
      Enum.reduce(actions, dead, fn {who, c}, dead ->
        send(elem(pids, who), {:cmd, c})
        settle(ws, refs, dead)
      end)
    for {w, i} <- Enum.with_index(ws) do
      case dead do
        %{^i => r} -> IO.puts("R|p#{i} dead #{W.rt(r)}")
        _ ->
          send(w, {:cmd, {:report, self()}})
          receive do
            {:report, ^i, log} -> IO.puts("R|p#{i} alive #{Enum.join(log, " ")}")
          end
      end
    end
  end

  # A barrier made of events, not time: rounds of ping/pong with every live worker (a worker
  # answers after what reached it before the ping) until a round, not the first, sees no new
  # death. Deaths are the only events that cascade: once a round passes with none, every exit
  # signal and DOWN has reached its target.
  def settle(ws, refs, dead, round \\\\ 1) do
    now =
      Enum.reduce(Enum.with_index(ws), dead, fn {w, i}, dead ->
        if Map.has_key?(dead, i) do
          dead
        else
          ref = Enum.at(refs, i)
          send(w, {:ping, self()})
          receive do
            {:pong, ^i} -> dead
            {:DOWN, ^ref, :process, _, r} -> Map.put(dead, i, r)
          end
        end
      end)
    if round >= 2 and map_size(now) == map_size(dead), do: now, else: settle(ws, refs, now, round + 1)
  end
end
`;

function actionTerm(a: Action): [number, string] {
  switch (a.kind) {
    case "exit":
      return [a.who, `{:exit, :${a.reason}}`];
    case "raise":
      return [a.who, ":raise"];
    case "finish":
      return [a.who, ":finish"];
    case "signal":
      return [a.who, `{:signal, ${a.target}, :${a.reason}}`];
    case "monitor":
      return [a.who, `{:monitor, ${a.target}, MONID}`];
    case "demonitor":
      return [a.who, `{:demonitor, ${a.target}}`];
  }
}

function exitProgram(s: ExitScenario): string {
  let monId = 0;
  const setup: string[] = [];
  for (const [a, b] of s.links) if (a !== b) setup.push(`{${a}, {:link, ${b}}}`);
  for (const [w, t] of s.monitors) setup.push(`{${w}, {:monitor, ${t}, ${monId++}}}`);
  const actions = s.actions.map((a) => {
    const [who, t] = actionTerm(a);
    // monitor ids are numbered in creation order, as the model numbers them
    return `{${who}, ${a.kind === "monitor" ? t.replace("MONID", String(monId++)) : t}}`;
  });
  return `${DRIVER}
Main.run(${s.n}, [${s.trap.join(", ")}], [${setup.join(", ")}], [${actions.join(", ")}])
`;
}

function expectedOutput(s: ExitScenario): string {
  return runExitModel(s)
    .map((p, i) => (p.alive ? `p${i} alive ${canonicalInbox(p.inbox)}` : `p${i} dead ${p.reason}`))
    .join("\n");
}

function actualOutput(stdout: string): string {
  return stdout
    .split("\n")
    .filter((l) => l.startsWith("R|"))
    .map((l) => {
      const m = /^R\|(p\d+) (alive|dead) ?(.*)$/.exec(l)!;
      return m[2] === "alive" ? `${m[1]} alive ${canonicalInbox(m[3] ? m[3].split(" ") : [])}` : `${m[1]} dead ${m[3]}`;
    })
    .join("\n");
}

const scenario: fc.Arbitrary<ExitScenario> = fc.integer({ min: 2, max: 5 }).chain((n) => {
  const idx = fc.integer({ min: 0, max: n - 1 });
  const reason = fc.constantFrom("normal", "kill", "boom", "shutdown") as fc.Arbitrary<"normal" | "kill" | "boom" | "shutdown">;
  const action: fc.Arbitrary<Action> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant("exit" as const), who: idx, reason }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("signal" as const), who: idx, target: idx, reason }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant("raise" as const), who: idx }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant("finish" as const), who: idx }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant("monitor" as const), who: idx, target: idx }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant("demonitor" as const), who: idx, target: idx }), weight: 2 },
  );
  return fc.record({
    n: fc.constant(n),
    trap: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    links: fc.array(fc.tuple(idx, idx), { maxLength: 2 * n }),
    monitors: fc.array(fc.tuple(idx, idx), { maxLength: n }).map((ms) => ms.filter(([w, t]) => w !== t)),
    actions: fc.array(action, { minLength: 1, maxLength: 6 }),
  });
});

describe("exit signals, links and monitors (property, deterministic node)", () => {
  it(
    "match the model of Erlang's exit rules",
    async () => {
      await fc.assert(
        fc.asyncProperty(scenario, fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (s, seed) => {
          const src = exitProgram(s);
          const want = expectedOutput(s);
          const r = await runElixir(src, seed);
          const got = actualOutput(r.stdout);
          if (got !== want) throw new Error(failureReport(seed, src, want, { ...r, stdout: got + "\n(raw)\n" + r.stdout }));
        }),
        { numRuns: RUNS, verbose: 1 },
      );
    },
    // a bound for a hung run, not a speed test: 60 deterministic runs take 30 s alone and over
    // 120 s on a loaded 2-core machine
    600000,
  );

  it("a seed reproduces a run exactly", async () => {
    const s: ExitScenario = { n: 4, trap: [true, false, true, false], links: [[0, 1], [1, 2], [2, 3]], monitors: [[0, 3]], actions: [{ kind: "signal", who: 0, target: 3, reason: "boom" }] };
    const a = await runElixir(exitProgram(s), 42);
    const b = await runElixir(exitProgram(s), 42);
    expect(a.stdout).toBe(b.stdout);
    expect(actualOutput(a.stdout)).toBe(expectedOutput(s));
  });

  // the model itself, checked against the BEAM: PROP_ELIXIR=N runs N random scenarios on `elixir`
  it.runIf(Number(process.env.PROP_ELIXIR ?? 0) > 0)(
    "the model agrees with real Elixir",
    () => {
      const dir = mkdtempSync(join(tmpdir(), "beamlet-exits-"));
      fc.assert(
        fc.property(scenario, (s) => {
          const file = join(dir, "case.exs");
          writeFileSync(file, exitProgram(s));
          const r = spawnSync("elixir", [file], { encoding: "utf8", timeout: 60000 });
          const got = actualOutput(r.stdout);
          const want = expectedOutput(s);
          if (got !== want) throw new Error(failureReport(0, exitProgram(s), want, { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 }));
        }),
        { numRuns: Number(process.env.PROP_ELIXIR), verbose: 1 },
      );
    },
    600000,
  );
});
