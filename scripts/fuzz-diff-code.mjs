#!/usr/bin/env node
// Random code-loading sequences, run with real `elixir` and with beamlet (needs elixir on PATH; not
// part of `npm test`). Each program compiles three versions of a module to binaries, unloads it,
// then runs random steps: :code.load_binary of a version (or of garbage), purge, soft_purge,
// delete, is_loaded, all_loaded, which, check_old_code, module_loaded, function_exported?,
// remote calls, funs and local captures made by a version and called later (R10/R10b), external
// captures, looping processes that stay on their version (R9) or switch by a remote call, their
// check_process_code and their deaths (R4). Rules: /work/shared/docs/upgrade-semantics.md.
//
//   node scripts/fuzz-diff-code.mjs [--seed N] [--programs P] [--steps S] [--keep DIR] [--only I] [--level none|error]
import { options, main } from "./fuzz-lib.mjs";

const HEADER = `Code.put_compiler_option(:ignore_module_conflict, true)
defmodule Main do
  def src(v) do
    """
    defmodule Fz do
      use GenServer
      def v, do: #{v}
      def make, do: fn -> {:fun, #{v}} end
      def capture, do: &local/0
      defp local, do: {:local, #{v}}
      def loop(parent) do
        receive do
          {:ping, ref} -> send(parent, {ref, :pong, #{v}}); loop(parent)
          {:switch, ref} -> send(parent, {ref, :switched, #{v}}); __MODULE__.loop(parent)
          {:local, ref} -> send(parent, {ref, :local, local()}); loop(parent)
          {:remote, ref} -> send(parent, {ref, :remote, __MODULE__.v()}); loop(parent)
          {:make, ref} -> send(parent, {ref, :made, fn -> {:looper_fun, #{v}, local()} end}); loop(parent)
          {:call_fun, ref, f} -> send(parent, {ref, :called, Main.safe(f)}); loop(parent)
        end
      end
      # a process running this fun sits in this version's code (check_process_code, purge)
      def waiter(parent) do
        fn ->
          receive do
            {_, ref} -> send(parent, {ref, :waited, #{v}})
            {_, ref, _} -> send(parent, {ref, :waited, #{v}})
          end
        end
      end
      #{extra(v)}
      def init(n), do: {:ok, n}
      def handle_call(:get, _from, s), do: {:reply, {#{v}, s}, s + #{v}}
    end
    """
  end

  # each version differs in more than its numbers: functions come and go, code_change differs
  def extra(1), do: "def only_v1, do: :v1\n  def code_change(_old, s, _extra), do: {:ok, s}"
  def extra(2), do: "def code_change(_old, s, extra), do: {:ok, {s, extra}}"
  def extra(3), do: "def only_v3, do: :v3\n  def code_change(:bad, _s, _extra), do: {:error, :refused}\n  def code_change(:raise, _s, _extra), do: :erlang.error(:cc)"

  # pids and stack traces are not compared: only the shape of a value or an error
  def show(t) when is_pid(t), do: :pid
  def show({e, st}) when is_list(st) and st != [] and is_tuple(hd(st)) and tuple_size(hd(st)) == 4, do: {show(e), :stacktrace}
  def show(t) when is_tuple(t), do: t |> Tuple.to_list() |> Enum.map(&show/1) |> List.to_tuple()
  def show(t) when is_list(t), do: Enum.map(t, &show/1)
  def show(t) when is_function(t), do: :fun
  def show(t), do: t

  def safe(f) do
    {:ok, f.()}
  rescue
    e -> {:raised, e.__struct__, Exception.message(e)}
  catch
    k, r -> {k, show(r)}
  end

  def step(i, label, f) do
    IO.puts("#{i} #{label}: #{inspect(show(safe(f)))}")
    settle(i)
  end

  # loopers that died since the last step, with their exit reasons
  def settle(i) do
    for {n, p} <- Process.get(:loopers, []), Process.get({:dead, n}) == nil, not Process.alive?(p) do
      r = receive do
        {:DOWN, _, :process, ^p, r} -> show(r)
      after
        5000 -> :no_down
      end
      Process.put({:dead, n}, true)
      IO.puts("#{i}   l#{n} died: #{inspect(r)}")
    end
  end

  def spawn_looper(n) do
    parent = self()
    p = spawn(fn -> Fz.loop(parent) end)
    Process.monitor(p)
    Process.put(:loopers, Process.get(:loopers, []) ++ [{n, p}])
    ask(p, :ping)
  end

  # a process running a fun made by the current version, answering one message
  def spawn_waiter(n) do
    p = spawn(Fz.waiter(self()))
    Process.monitor(p)
    Process.put(:loopers, Process.get(:loopers, []) ++ [{n, p}])
    :erlang.check_process_code(p, Fz)
  end

  # a GenServer of the current version, watched as the loopers are (named s1, s2 ... as 101, 102 ...)
  def start_server(n) do
    {:ok, p} = GenServer.start(Fz, 0)
    Process.monitor(p)
    Process.put(:loopers, Process.get(:loopers, []) ++ [{100 + n, p}])
    GenServer.call(p, :get)
  end

  def server(n), do: looper(100 + n)

  def version_of(md5), do: Enum.find_index(Process.get(:md5s), &(&1 == md5))

  def put_file(bin), do: File.write(Process.get(:objfile), bin)

  def looper(n), do: Process.get(:loopers) |> List.keyfind(n, 0) |> elem(1)

  # the looper replies before its remote call into the current version, which may fail (undef):
  # a ping after it waits for the outcome, so the death is printed at this step on both VMs
  def switch(p) do
    r = ask(p, :switch)
    ask(p, :ping)
    r
  end

  def ask(p, what) do
    if Process.alive?(p), do: ask_alive(p, what), else: :dead
  end

  def ask_alive(p, what) do
    ref = make_ref()
    send(p, case what do {tag, arg} -> {tag, ref, arg}; tag -> {tag, ref} end)
    receive do
      {^ref, tag, v} -> {tag, v}
      {:DOWN, _, :process, ^p, r} -> send(self(), {:DOWN, nil, :process, p, r}); {:down, show(r)}
    after
      5000 -> :timeout
    end
  end

  def run do
    [{Fz, b1}] = Code.compile_string(src(1))
    [{Fz, b2}] = Code.compile_string(src(2))
    [{Fz, b3}] = Code.compile_string(src(3))
    bins = {b1, b2, b3}
    # which version a loaded Fz is, by its md5 (the values differ between VMs, their equality not)
    md5s = for b <- [b1, b2, b3], do: (:code.load_binary(Fz, 'fz.beam', b); Fz.module_info(:md5))
    Process.put(:md5s, md5s)
    # a code path directory for :code.load_file, holding whichever version a step wrote there
    dir = Path.join(System.tmp_dir!(), "fzc_#{System.pid()}_#{System.unique_integer([:positive])}")
    File.mkdir_p!(dir)
    true = :code.add_patha(String.to_charlist(dir))
    Process.put(:objfile, Path.join(dir, "Elixir.Fz" <> List.to_string(:code.objfile_extension())))
    :code.purge(Fz)
    :code.delete(Fz)
    :code.purge(Fz)
    :code.delete(Fz)
    :code.purge(Fz)
    IO.puts("start: #{inspect({:code.is_loaded(Fz), :erlang.check_old_code(Fz)})}")
`;

function gen(r, _i, o) {
  const { rnd, pick, chance } = r;
  const lines = [];
  let loopers = 0, funs = 0, servers = 0;
  for (let i = 0; i < o.steps; i++) {
    const st = (label, body) => lines.push(`    step(${i}, ${JSON.stringify(label)}, fn -> ${body} end)`);
    const k = rnd(100);
    if (k < 20) {
      const v = rnd(3);
      st(`load_binary v${v + 1}`, `:code.load_binary(Fz, 'fz${v + 1}.beam', elem(bins, ${v}))`);
      // (a file name given as an atom: is_loaded and which answer it, module_status has no clause for it)
      if (chance(0.15)) st(`load_binary v${v + 1} (atom file)`, `{:code.load_binary(Fz, :"fz${v + 1}.beam", elem(bins, ${v})), :code.which(Fz)}`);
    } else if (k < 22) st("load_binary garbage", `:code.load_binary(Fz, 'bad.beam', ${pick(['"garbage"', "<<>>", "binary_part(elem(bins, 0), 0, 20)"])})`);
    else if (k < 24) {
      const v = rnd(4);
      st(v < 3 ? `put file v${v + 1}` : "put file garbage", `put_file(${v < 3 ? `elem(bins, ${v})` : '"garbage"'})`);
    } else if (k < 27) st("load_file", ":code.load_file(Fz)");
    else if (k < 30) st("purge", ":code.purge(Fz)");
    else if (k < 35) st("soft_purge", ":code.soft_purge(Fz)");
    else if (k < 40) st("delete", ":code.delete(Fz)");
    else if (k < 44) st("Code.compile_string", `Code.compile_string(src(${rnd(3) + 1})) |> length()`);
    else if (k < 52) st("query", pick([
      ":code.is_loaded(Fz)", ":erlang.check_old_code(Fz)", ":erlang.module_loaded(Fz)", "function_exported?(Fz, :v, 0)",
      "List.keymember?(:code.all_loaded(), Fz, 0)", ":code.which(Fz)", "{:code.is_loaded(Fz), :erlang.check_old_code(Fz)}",
      ":erlang.function_exported(Fz, :loop, 1)", "Code.ensure_loaded?(Fz)", "Code.ensure_loaded(Fz)", ":code.load_file(Fz)",
      ":code.module_status(Fz)", "Fz in :code.modified_modules()", ":code.is_sticky(Fz)", ":code.module_status([Fz, :lists])",
      "Fz.module_info(:functions) |> length()",
    ]));
    else if (k < 60) st("remote call", pick(["version_of(Fz.module_info(:md5))", "Fz.module_info() |> Keyword.keys()", "Fz.module_info(:attributes) |> Keyword.keys()", "Fz.v()", "apply(Fz, :v, [])", "Fz.make().()", "Fz.capture().()", "Fz.nope()", "Fz.only_v1()", "Fz.only_v3()", "Fz.module_info(:exports) |> Keyword.keys() |> Enum.sort()", "function_exported?(Fz, :only_v3, 0)"]));
    else if (k < 64 && servers < 3) { servers++; st(`start s${servers}`, `start_server(${servers})`); }
    else if (k < 72 && servers > 0) {
      const n = rnd(servers) + 1, srv = `server(${n})`;
      const op = pick(["call", "call", "suspend", "resume", "change_code", "change_code", "get_state", "check_process_code"]);
      st(`${op} s${n}`, {
        call: `GenServer.call(${srv}, :get, 300)`,
        suspend: `:sys.suspend(${srv})`,
        resume: `:sys.resume(${srv})`,
        change_code: `:sys.change_code(${srv}, Fz, ${pick([":any", ":bad", ":raise", "1"])}, ${pick(["nil", ":x"])})`,
        get_state: `:sys.get_state(${srv}, 300)`,
        check_process_code: `:erlang.check_process_code(${srv}, Fz)`,
      }[op]);
    }
    else if (k < 67 && loopers < 5) {
      loopers++;
      if (chance(0.25)) st(`spawn l${loopers} (a waiter)`, `spawn_waiter(${loopers})`);
      else st(`spawn l${loopers}`, `spawn_looper(${loopers})`);
    }
    else if (k < 75 && loopers > 0) { const n = rnd(loopers) + 1; st(`ping l${n}`, `ask(looper(${n}), :ping)`); }
    else if (k < 80 && loopers > 0) { const n = rnd(loopers) + 1; st(`switch l${n}`, `switch(looper(${n}))`); }
    else if (k < 84 && loopers > 0) {
      const n = rnd(loopers) + 1;
      const op = pick(["check_process_code", "local", "remote", "make", "call_fun"]);
      if (op === "check_process_code") st(`check_process_code l${n}`, `:erlang.check_process_code(looper(${n}), Fz)`);
      else if (op === "make" && funs < 6) {
        funs++;
        lines.push(`    f${funs} = case ask(looper(${n}), :make) do {:made, f} -> {:ok, f}; e -> e end`);
        lines.push(`    IO.puts("${i} f${funs} = made by l${n}: #{inspect(show(f${funs}))}")`);
      } else if (op === "call_fun" && funs > 0) {
        const f = rnd(funs) + 1;
        st(`l${n} calls f${f}`, `case f${f} do {:ok, f} -> ask(looper(${n}), {:call_fun, f}); e -> {:no_fun, e} end`);
      } else st(`${op === "local" ? "local" : "remote"} l${n}`, `ask(looper(${n}), :${op === "local" ? "local" : "remote"})`);
    }
    else if (k < 90 && funs < 6) {
      funs++;
      const how = pick(["Fz.make()", "Fz.capture()", "&Fz.v/0", "Function.capture(Fz, :v, 0)"]);
      lines.push(`    f${funs} = safe(fn -> ${how} end)`);
      lines.push(`    IO.puts("${i} f${funs} = ${how}: #{inspect(show(f${funs}))}")`);
    } else if (funs > 0) {
      const n = rnd(funs) + 1;
      st(`call f${n}`, `case f${n} do {:ok, f} -> f.(); e -> {:no_fun, e} end`);
    } else st("query", ":code.is_loaded(Fz)");
  }
  // Elixir's type checker reads Fz's file after the script when Fz is loaded: leave none behind
  lines.push(`    File.rm_rf(Path.dirname(Process.get(:objfile)))`, `    :code.del_path(Path.dirname(Process.get(:objfile)) |> String.to_charlist())`);
  // most programs silence the code server's reports; some keep them (they print asynchronously)
  const level = o.level ?? (rnd(4) === 0 ? "error" : "none");
  return `Logger.configure(level: :${level})\n${HEADER}${lines.join("\n")}\n    IO.puts("end")\n  end\nend\n\nMain.run()\n`;
}

const o = options(9801);
const li = process.argv.indexOf("--level");
if (li >= 0) o.level = process.argv[li + 1]; // none or error for every program
o.reportsApart = true; // the code server's reports print asynchronously: compared as a set
main("fuzz-diff-code", gen, o);
