#!/usr/bin/env node
// Random process/message programs, run with real `elixir` and with beamlet (needs elixir on PATH;
// not part of `npm test`). Main starts a few workers (spawn or spawn_link, some trapping exits)
// and, one step at a time, has one of them run a random action: send, selective receive with
// after 0, trap_exit flips, link/unlink/monitor, Process.exit with every kind of reason, exit,
// raise/throw/error, Process.info of its mailbox and links, register/whereis/send to names,
// linked children that die. After each step main waits for the effects to settle (pings every
// live worker until a round sees no death) and prints deaths, exit reasons, the EXIT messages of
// its own links and the notes workers sent it, so the output does not depend on scheduling.
//
//   node scripts/fuzz-diff-procs.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I]
import { options, main } from "./fuzz-lib.mjs";

const HEADER = `Logger.configure(level: :none)
defmodule Main do
  def worker do
    receive do
      {:do, from, ref, f} -> send(from, {ref, :done, f.()}); worker()
    end
  end

  defmodule Echo do
    use GenServer
    def init(:ok), do: {:ok, 0}
    def init(:stop), do: {:stop, :no_start}
    def init(:ignore), do: :ignore
    def init(:crash), do: raise("init crashed")
    def handle_call(:ping, _from, n), do: {:reply, {:pong, n}, n + 1}
  end

  # pids become the names of the workers, refs and stack traces are not compared
  def show(t) when is_pid(t), do: Map.get(Process.get(:names, %{}), t, :other_pid)
  def show(t) when is_reference(t), do: :ref
  def show({e, st}) when is_list(st) and st != [] and is_tuple(hd(st)) and tuple_size(hd(st)) == 4, do: {show(e), :stacktrace}
  def show(t) when is_tuple(t), do: t |> Tuple.to_list() |> Enum.map(&show/1) |> List.to_tuple()
  def show(t) when is_list(t), do: Enum.map(t, &show/1)
  def show(t) when is_map(t) and not is_struct(t), do: Map.new(t, fn {k, v} -> {show(k), show(v)} end)
  def show(t), do: t

  def start(n, how, trap) do
    p = case how do
      :spawn -> spawn(fn -> Process.flag(:trap_exit, trap); worker() end)
      :link -> spawn_link(fn -> Process.flag(:trap_exit, trap); worker() end)
    end
    Process.monitor(p)
    Process.put(:names, Map.put(Process.get(:names, %{}), p, :"w#{n}"))
    Process.put(:workers, Process.get(:workers, []) ++ [{n, p, how}])
    ask(p, fn -> :started end)
    p
  end

  def ask(p, f) do
    ref = make_ref()
    send(p, {:do, self(), ref, f})
    receive do
      {^ref, :done, r} -> {:ok, r}
      {:DOWN, _, :process, ^p, r} -> died(p, r); {:died, r}
    after
      5000 -> :timeout
    end
  end

  def died(p, r) do
    Process.put({:dead, p}, r)
    {n, _, how} = Process.get(:workers) |> List.keyfind(p, 1)
    IO.puts("  w#{n} died: #{inspect(show(r))}")
    if how == :link do
      receive do
        {:EXIT, ^p, r2} -> IO.puts("  main got EXIT from w#{n}: #{inspect(show(r2))}")
      after
        5000 -> IO.puts("  main got no EXIT from w#{n}")
      end
    end
  end

  def alive, do: for({_, p, _} <- Process.get(:workers), Process.get({:dead, p}) == nil, do: p)

  # ping every live worker until a whole round sees no death: every signal sent by the step has
  # then been handled
  def settle do
    deaths = for p <- alive(), match?({:died, _}, ask(p, fn -> :pong end)), do: p
    if deaths != [], do: settle(), else: drain()
  end

  def drain do
    receive do
      m -> IO.puts("  main got #{inspect(show(m))}"); drain()
    after
      0 -> :ok
    end
  end

  # the step runs in the k-th live worker; when all have died a new one is started
  def step(i, k, f) do
    p = case alive() do
      [] -> n = length(Process.get(:workers)) + 1; start(n, :spawn, false)
      ps -> Enum.at(ps, rem(k, length(ps)))
    end
    IO.puts("#{i} #{show(p)}: #{inspect(show(ask(p, f)))}")
    settle()
  end

  def run do
    Process.flag(:trap_exit, true)
    m = self()
    Process.put(:names, %{m => :main})
`;

const REASONS = [":normal", ":kill", ":boom", "{:shutdown, :x}", ":shutdown", "{:err, 1}"];

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const n = 2 + rnd(4);
  const lines = [];
  for (let w = 1; w <= n; w++) {
    const how = chance(0.4) ? ":link" : ":spawn";
    lines.push(`    w${w} = start(${w}, ${how}, ${chance(0.35)})`);
  }
  lines.push(`    IO.puts("started #{inspect(show([${Array.from({ length: n }, (_, k) => `w${k + 1}`).join(", ")}]))}")`);
  const other = () => `w${rnd(n) + 1}`;
  let msg = 0;
  const actions = [
    () => `Process.flag(:trap_exit, ${chance(0.5)})`,
    () => `send(${other()}, {:msg, ${++msg}})`,
    () => `send(${other()}, {:msg, ${++msg}}); send(${other()}, {:other, ${++msg}}); :sent`,
    () => `receive do {:msg, x} -> {:got, x} after 0 -> :none end`,
    () => `receive do m -> {:first, m} after 0 -> :empty end`,
    () => `receive do {:EXIT, from, r} -> {:exit_msg, from, r} after 0 -> :none end`,
    () => `receive do {:DOWN, _, :process, who, r} -> {:down, who, r} after 0 -> :none end`,
    () => `Process.info(self(), ${pick([":message_queue_len", ":messages", ":trap_exit", ":links", "[:message_queue_len, :trap_exit]", ":registered_name", ":status"])})`,
    () => `{:links, l} = Process.info(self(), :links); Enum.sort(l)`,
    () => `Process.link(${other()})`,
    () => `Process.unlink(${other()})`,
    () => `Process.monitor(${other()})`,
    () => `Process.exit(${other()}, ${pick(REASONS)})`,
    () => `Process.exit(self(), ${pick(REASONS)})`,
    () => `exit(${pick(REASONS)})`,
    () => pick(['raise "boom"', "throw(:up)", ":erlang.error(:badarg)", "1 / Function.identity(0)", "Function.identity(:a) + 1", "[] = Function.identity([1])"]),
    () => `send(m, {:note, ${++msg}})`,
    () => `Process.alive?(${other()})`,
    // the child waits for :go, so that it is monitored before it exits (no :noproc race)
    () => `c = spawn_link(fn -> receive do :go -> exit(${pick(REASONS)}) end end); ref = Process.monitor(c); send(c, :go); receive do {:DOWN, ^ref, _, _, r} -> {:child_down, r} end`,
    () => `c = spawn(fn -> receive do :go -> exit(${pick(REASONS)}) end end); Process.link(c); send(c, :go); ref = Process.monitor(c); receive do {:DOWN, ^ref, _, _, r} -> {:child_down, r} end`,
    () => `Process.register(self(), :name${rnd(2)})`,
    () => `Process.whereis(:name${rnd(2)})`,
    () => `send(:name${rnd(2)}, {:msg, ${++msg}})`,
    () => `Process.unregister(:name${rnd(2)})`,
    () => `Process.info(${other()}, :registered_name)`,
    () => `Process.exit(m, :normal)`,
    // a timer fires in its own time: wait for it, so that no later step races it
    () => { const k = ++msg; return `t = Process.send_after(self(), {:timer, ${k}}, ${rnd(3)}); receive do {:timer, ${k}} -> {:fired, is_reference(t)} after 2000 -> :not_fired end`; },
    () => `t = Process.send_after(self(), :never, 5000); {is_integer(Process.cancel_timer(t)), Process.cancel_timer(t)}`,
    () => `Process.demonitor(Process.monitor(${other()}), [:flush])`,
    // OTP behaviours and tasks inside a worker: exit reasons of calls, awaits and stops
    () => `{:ok, a} = Agent.start_link(fn -> ${rnd(5)} end); Agent.update(a, &(&1 + 1)); {Agent.get(a, & &1), Agent.stop(a, ${pick([":normal", ":shutdown", ":boom", "{:shutdown, 1}"])})}`,
    () => `GenServer.call(${other()}, :hello, ${20 + rnd(30)})`,
    () => `GenServer.call(self(), :hello)`,
    () => `GenServer.cast(${other()}, :hi)`,
    () => `Task.async(fn -> ${pick([":v", "exit(:boom)", "exit(:normal)", 'raise "t"', "throw(:t)", "Process.sleep(:infinity)"])} end) |> Task.${pick(["await(200)", "yield(200)", "await(200) |> then(&{:awaited, &1})", "shutdown(:brutal_kill)"])}`,
    () => `{p, ref} = spawn_monitor(fn -> ${pick(['raise "x"', "exit({:r, 1})", ":ok", "throw(:z)", "exit(self())"])} end); receive do {:DOWN, ^ref, :process, ^p, r} -> {:spawned_down, r} end`,
    () => `ref = Process.monitor(:name${rnd(2)}); receive do {:DOWN, ^ref, _, who, r} -> {:name_down, who, r} after 0 -> :monitoring end`,
    () => `Process.put(:k, ${rnd(9)}); {Process.get(:k), Process.delete(:k), Process.get(:k, :dflt)}`,
    () => `try do\n      ${pick(["exit(:in_try)", `GenServer.call(${other()}, :x, 10)`, "Process.exit(self(), :kill)", `Process.link(${other()})`, "throw(:t)", ":erlang.error({:e, 1})", "Process.exit(self(), :boom)"])}\n    catch\n      k, r -> {:caught, k, r}\n    after\n      send(self(), :after_ran)\n    end`,
    // (start_link of an init that stops races its exit signal with the returned error on the
    // BEAM itself: only GenServer.start meets those)
    () => `{:ok, g} = GenServer.start_link(Main.Echo, ${pick([":ok", ":ignore"])}); {GenServer.call(g, :ping), GenServer.stop(g, ${pick([":normal", ":boom"])})}`,
    () => `{GenServer.start(Main.Echo, ${pick([":stop", ":ignore", ":crash"])}), :started}`,
  ];
  for (let i = 0; i < o.steps; i++) {
    // fatal actions are rarer, so that workers live long enough to meet each other
    let a = pick(actions)();
    if (/exit\(|raise|throw|error|\/ Fun|\+ 1|\[\] =/.test(a) && chance(0.5)) a = pick(actions)();
    lines.push(`    step(${i}, ${rnd(6)}, fn -> ${a} end)`);
  }
  return `${HEADER}${lines.join("\n")}\n    IO.puts("end")\n    _ = m\n  end\nend\n\nMain.run()\n`;
}

main("fuzz-diff-procs", gen, options(9901));
