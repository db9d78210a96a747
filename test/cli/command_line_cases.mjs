// The command lines test/cli/command_line.test.ts runs through beamlet, compared with what real
// `elixir` printed for each (test/cli/command_line_goldens/GROUP.json, written by
// scripts/regen-command-line-goldens.mjs). A group runs in a fresh folder holding `files` (in the
// checkout's root when `inRoot`); a case may write files of its own first. Object files a group
// needs are compiled by each side with its own compiler (`compile`: folders to build demo.ex into).
// The folder's path is written <dir> (the checkout's <root>) in the goldens.

/** one case: the command line's arguments, and files written before it runs */
const c = (args, files) => ({ args, files });

export const GROUPS = {
  // -e code (beamlet -e and beamlet run -e): argv, warnings, errors
  eval: {
    inRoot: true,
    alsoRun: true,
    cases: [
      c(["-e", "IO.inspect(System.argv())", "a", "--", "b"]),
      c(["-e", 'defmodule A do def f(y), do: Enum.partition([], & &1) end; x = 1; "lit"; IO.inspect(A.f(1))']),
      c(["-e", "x = [1 +"]),
      // the tokenizer's warnings come out before the parser fails
      c(["-e", ':"quoted"\nx = 1 2']),
      // the top level's own variables are its binding, those of the scopes inside it can be unused
      c(["-e", "f = fn x ->\n  y = 1\n  x\nend\ncase 1 do\n  z -> :ok\nend\nw = 3\nIO.inspect(f.(w))\nfn a -> fn b -> 1 end end"]),
      // evaluated code's funs are erl_eval's
      c(["-e", "IO.inspect(:erlang.fun_info(fn a, b -> {a, b} end)[:name])"]),
      // an undefined variable one call (or list) deep still shows Code.validated_eval_string/3, two deep not
      c(["-e", "IO.puts(x)"]),
      c(["-e", "[1, x]"]),
      c(["-e", "IO.puts(:a, IO.inspect(x))"]),
      // a parenthesized block alone in a -> clause keeps its line, which its unused literals are told at
      c(["-e", "case 1 do _ -> (1; 2) end\nf = fn -> (3; 4) end\ntry do f.() rescue _ -> (5; 6) end\ncase 1 do _ -> 7; 8 end"]),
    ],
  },
  // each construct erl_eval evaluates under a frame of its own: call arguments, operands, list and
  // tuple elements, map values, binary segments, interpolations, case subjects (if, &&, !), fun
  // calls; a fn raising in its tail when evaluated code called it
  erl_eval_frames: {
    cases: [
      "IO.inspect(Nope.f)", "IO.inspect(1 + Nope.f)", "Nope.f - 1", "[1, 2, Nope.f]", "[Nope.f | 1]",
      "[1 | Nope.f]", "IO.inspect({1, Nope.f})", "%{a: Nope.f}", "x = %{}; IO.inspect(%{x | a: Nope.f})",
      "f = fn x -> x end; f.(Nope.f)", "not Nope.f", "[1] ++ Nope.f", "elem(Nope.f, 0)", "IO.inspect(Nope.f > 1)",
      'IO.puts("a#{Nope.f}b")', 'IO.inspect("a" <> Nope.f)', "IO.inspect(<<1, Nope.f::8>>)",
      "x = if Nope.f, do: 1; x", "IO.inspect(Nope.f && 1)", "IO.inspect(!Nope.f)", "IO.inspect(Nope.f and true)",
      "IO.inspect(1 + :a)", "y = [1, {2, Nope.f}]", 'x = fn -> raise "boom" end; IO.inspect(x.())',
      'x = fn -> raise "boom" end; IO.inspect(Enum.map([1], fn _ -> x.() end))',
      // Elixir's inlining of Map.fetch!/has_key? gives :maps.get/:maps.is_key, which erl_eval calls
      // as they are (OTP's compiler would make them :erlang.map_get/is_map_key)
      "Map.fetch!(%{}, :a)", "x = 1; Map.fetch!(x, :a)", "Map.has_key?(1, :a)", ":maps.get(:a, %{})",
      // a fn calling one that raises: no do_apply/7 of the outer call's own, whatever is between
      'f = fn -> raise "boom" end; g = fn x -> f.() && x end; g.(1)',
      'f = fn -> raise "boom" end; g = fn -> [f.()] end; IO.inspect(g.())',
      'f = fn -> raise "boom" end; g = fn -> [Enum.map([1], fn _ -> f.() end)] end; g.()',
      // a fn none of whose clauses match: erl_eval's "-inside-an-interpreted-fun-" with the
      // arguments, under eval_fun/8, which stands for the caller's call
      "k = fn 1 -> :ok end; k.(2)", "k = fn 1, 2, 3 -> :ok end; k.(2, 3, 4)", "k = fn x when x > 1 -> :ok; 0 -> :z end; IO.inspect(k.(-1))",
      "k = fn 1 -> :ok end; x = k.(2); x", "k = fn 1 -> :ok end; Enum.map([2], fn x -> k.(x) end)", "g = fn k -> [k.(2)] end; g.(fn 1 -> :ok end)",
      // a fn called with the wrong count of arguments: erl_eval's do_apply/6 raises it for its own
      // fns, another fun fails in its apply, as a non-fun does
      "k = fn 1 -> :ok end; k.(2, 3)", "k = fn 1 -> :ok end; g = fn -> [k.(1, 2)] end; g.()", "f = &String.upcase/1; IO.inspect(f.(1, 2))",
      // a fn a module of the same code calls last: the top level's do_apply/7 of M.f stays
      "defmodule M do def f(k), do: k.(2) end; M.f(fn 1 -> :ok end)", 'defmodule M do def f(k), do: k.() end; M.f(fn -> raise "b" end)',
      "defmodule M do def f(k), do: k.() end; M.f(fn -> :a = :b end)",
    ].map((code) => c(["-e", code])),
  },
  // -e code ended by an exit: one it raises (exit/1) is raised again by Kernel.CLI, silent with the
  // status of {:shutdown, N} (0 for :normal, :shutdown, {:shutdown, _}); one signalled to its
  // process (Process.exit/2, a linked process's) is `** (EXIT from PID) reason`. `bin/APP rpc` ends
  // so too (test/e2e/release_eval.test.ts)
  exits: {
    cases: [
      "exit({:shutdown, 2})", "exit({:shutdown, :x})", "exit(:normal)", "exit(:shutdown)", "exit(:boom)",
      "Process.exit(self(), :kill)", "Process.exit(self(), {:shutdown, 1})", "Process.exit(self(), :normal); 1",
      "spawn_link(fn -> exit(:boom) end); Process.sleep(100)",
    ].map((code) => c(["-e", code])),
  },
  // the expander's frames under an undefined variable nested in -e code or a file, as deep as the
  // BEAM's 8 frames reach: Code.validated_eval_string/3 (-e) or Code.require_file/2 (a file) below
  // shallow ones, the macro (if, |>, interpolation) expanding
  undefined_var: {
    runsFile: true,
    cases: [
      "x", "y = x", "IO.puts(x)", "IO.puts(IO.inspect(x))", "case x do _ -> 1 end", "1 + 2; case x do _ -> 1 end",
      "y = case x do _ -> 1 end", "if x, do: 1", "y = if x, do: 1", "if true, do: x", 'IO.puts("a#{x}b")', "x |> IO.puts()",
      "[x]", "y = [1, x]", "1 + 2; [1, x]", "{1, x}", "y = {1, 2, x}", "fn -> x end", "case 1 do _ -> x end",
    ].flatMap((code) => [c(["-e", code]), c(["t.exs"], { "t.exs": code + "\n" })]),
  },
  // several -e, -r PATTERN and a file one after the other in one process
  commands: {
    alsoRun: true,
    files: {
      "req_a.exs": 'defmodule ReqA do\n  def hi(x), do: :a\nend\nIO.puts "required a"\n',
      "req_b.exs": 'IO.puts "required b #{inspect System.argv()}"\n',
      "raises.exs": 'IO.puts "before"\nraise "in a required file"\n',
      "broken.exs": "x = \n",
      "main.exs": "IO.inspect {ReqA.hi(1), System.argv(), self()}\n",
    },
    cases: [
      // each -e is evaluated on its own (no binding carries over), in the same process
      ["-e", "IO.puts 1", "-e", "IO.inspect self()", "-e", "IO.inspect self()"],
      ["-e", "x = 1", "-e", "y = x"],
      ["-e", "Process.put(:k, 1)", "--eval", "IO.inspect Process.get(:k)"],
      // an error stops the ones after it; a later one is compiled only once the one before ran
      ["-e", "IO.puts 1", "-e", 'raise "boom"', "-e", "IO.puts 3"],
      ["-e", "IO.puts 1", "-e", "IO.puts("],
      ["-e", "defmodule A do def f, do: 1 end", "-e", "IO.inspect A.f"],
      // -r: each matching file once (Code.require_file/1), in order with -e; then the file
      ["-r", "req_*.exs", "-e", "IO.inspect ReqA.hi(2)", "main.exs", "x", "-e", "y"],
      ["-e", "IO.inspect spawn(fn -> :ok end)", "-r", "req_a.exs", "-r", "req_a.exs", "main.exs"],
      // after an -e, the first argument that is no option and the rest are System.argv()
      ["-r", "req_a.exs", "-e", "IO.inspect System.argv()", "main.exs", "-e", "x"],
      ["-e", "IO.puts 0", "-r", "raises.exs", "-e", "IO.puts 2"],
      ["-r", "broken.exs", "-e", "IO.puts 2"],
      // what matches nothing, a missing file, an unknown option: said once the rest ran, exit 1
      ["-e", "System.at_exit(fn s -> IO.puts s end)", "-r", "nope.exs", "-r", "req_b.exs", "missing.exs", "a"],
      ["-r", "req_b.exs", "--unknown", "-e", "IO.puts 2"],
      // first, before any command
      ["--unknown", "-e", "IO.puts 2", "--other"],
      ["-e", "System.at_exit(fn s -> IO.puts s end)", "-e", "x ="],
      // -pr: Kernel.ParallelCompiler prints a file's error on stdout, under a header naming it
      ["-pr", "raises.exs", "-e", "IO.puts 2"],
      ["-e", "IO.puts 1", "-pr", "broken.exs"],
      ["-pr", "req_b.exs", "-pr", "none_*.exs", "-e", "IO.puts 2"],
      // -v/--version after an option: the versions, then a halt before anything runs; after the
      // file, System.argv()'s (`beamlet -v` first is beamlet's own version)
      ["-e", "IO.puts 1", "--version"],
      ["-e", "IO.puts 1", "-v", "-e", "IO.puts 2"],
      ["req_b.exs", "-v"],
    ].map((args) => c(args)),
  },
  // -pa/-pz PATH (code path) and --app APP (started in its turn); one folder holds both object
  // files (elixir loads the .beam, beamlet the .bbc), and the .app file
  codepath: {
    files: {
      "demo.ex": 'defmodule Demo.App do\n  use Application\n  def start(_type, _args) do\n    IO.puts "demo starting"\n    Supervisor.start_link([], strategy: :one_for_one, name: Demo.Sup)\n  end\nend\n\ndefmodule PaMod do\n  def hi, do: :from_the_code_path\nend\n',
    },
    compile: ["ebin", "ebin2"],
    afterCompile: {
      "ebin/demo.app": "{application,demo,[{applications,[kernel,stdlib,elixir]},{description,\"demo\"},{modules,['Elixir.Demo.App','Elixir.PaMod']},{registered,[]},{vsn,\"0.1.0\"},{mod,{'Elixir.Demo.App',[]}},{env,[{k,1}]}]}.\n",
    },
    cases: [
      ["-pa", "ebin", "-e", "IO.inspect PaMod.hi"],
      ["-e", "PaMod.hi"],
      // a pattern: every folder it matches, each put first in turn; -pz at the end
      ["-pz", "ebin2", "-pa", "ebi*", "-e", "IO.inspect Enum.take(:code.get_path, 2) |> Enum.map(&Path.basename/1)"],
      ["-pa", "ebin", "-pz", "ebin2", "-e", "IO.inspect {hd(:code.get_path) |> Path.basename, List.last(:code.get_path) |> Path.basename}"],
      ["-pa", "ebin2", "-pa", "nope", "-pa", "ebin", "-e", "IO.inspect Enum.take(:code.get_path, 2) |> Enum.map(&Path.basename/1)"],
      // --app among the -e, in order; its environment from the .app file
      ["-e", "IO.inspect Process.whereis(Demo.Sup)", "-pa", "ebin", "--app", "demo", "-e", "IO.inspect {Application.get_env(:demo, :k), is_pid(Process.whereis(Demo.Sup))}"],
      ["-pa", "ebin", "-e", "IO.inspect Application.ensure_all_started(:demo)", "-e", "IO.inspect Application.spec(:demo, :vsn)"],
      // an application that cannot start: said once the rest ran, exit 1
      ["--app", "nope", "-e", "IO.puts 1", "--app", "demo"],
      ["-e", "IO.puts 1", "-pa"],
      ["-pa", "ebin"],
    ].map((args) => c(args)),
  },
  // a script named by any path is compiled under its expanded path relative to the current
  // directory: warnings, errors and stack frames name sub/w.exs for ./sub/w.exs
  script_path: {
    files: {
      "sub/w.exs": 'defmodule W do\n  def g(a), do: a\n  def g(b), do: b\n  def f(x), do: raise "boom #{x}"\nend\nIO.puts __ENV__.file\ntry do W.f(1) rescue _ -> IO.inspect hd(__STACKTRACE__) end\nx = hd([])\n',
      "sub/bad.exs": "defmodule B do\n  def f, do: y\nend\n",
    },
    cases: [["./sub/w.exs"], ["sub/../sub/w.exs"], ["sub/w.exs"], ["./sub/bad.exs"]].map((args) => c(args)),
  },
  // Code.fetch_docs of compiled modules: an overriding definition keeps the overridden one's
  // entry (line, signature merged with its clauses, @deprecated), its own @doc replacing the doc;
  // use GenServer's init/1 comes from __before_compile__ only when the module defines none
  fetch_docs: {
    files: {
      "demo.ex": 'defmodule Srv do\n  use GenServer\n  def init(x), do: {:ok, x}\n  def child_spec(a), do: %{id: a, start: {__MODULE__, :start_link, [a]}}\n  def handle_call(a, b, c), do: {:reply, a, {b, c}}\nend\n\ndefmodule Srv2 do\n  use GenServer\n  @doc "mine"\n  def child_spec(a), do: %{id: a, start: {__MODULE__, :start_link, [a]}}\nend\n\ndefmodule Getter do\n  defmacro __using__(_) do\n    quote do\n      @deprecated "old"\n      @doc "orig"\n      def get(d, k, default \\\\ nil), do: {d, k, default}\n      defoverridable get: 3, get: 2\n    end\n  end\nend\n\ndefmodule UsesGetter do\n  use Getter\n  @doc "new"\n  def get(d, k, default), do: {:mine, d, k, default}\nend\n',
    },
    compile: ["ebin"],
    cases: [
      ["-pa", "ebin", "-e", "for m <- [Srv, Srv2, UsesGetter] do {:docs_v1, _, _, _, _, _, docs} = Code.fetch_docs(m); IO.inspect(docs) end"],
      ["-pa", "ebin", "-e", "IO.inspect UsesGetter.__info__(:deprecated)"],
    ].map((args) => c(args)),
  },
  // the working directory is on the code path ('.', first but for -pa's): a module compiled into it
  // loads on first call, and no longer once the program has left the folder
  working_directory: {
    files: { "demo.ex": "defmodule Here do\n  def hi, do: :from_the_working_directory\nend\n" },
    compile: [".", "ebin"],
    cases: [
      ["-e", "IO.inspect Here.hi"],
      // (the working directory's copy is found before -pz's, after -pa's)
      ...["-pz", "-pa"].map((opt) => [opt, "ebin", "-e", "Here.hi; IO.inspect(:code.which(Here) |> List.to_string() |> Path.dirname() == File.cwd!())"]),
      ["-e", "File.cd!(\"..\"); IO.inspect Code.ensure_loaded(Here)"],
    ].map((args) => c(args)),
  },
  // Elixir's own @doc false functions others call: IO.warn_once/3 warns once per key and caller
  // (its own frame at Elixir's line), GenServer.format_report/1 (the default handle_info/2's
  // report callback)
  library_internals: {
    files: {
      "w.exs": 'defmodule W do\n  def warn, do: IO.warn_once(:k, "said once here", 1)\n  def warn2, do: IO.warn_once(:k, "said once here too", 1)\n  def other, do: IO.warn_once(:other, "another key", 0)\nend\nW.warn()\nW.warn()\nW.warn2()\nW.other()\nW.other()\nIO.inspect(GenServer.format_report(%{label: {GenServer, :no_handle_info}, report: %{module: W, message: :hi, name: :srv}}))\nGenServer.format_report(%{label: :other})\n',
    },
    cases: [c(["w.exs"])],
  },
};

/** the folder's (and the checkout's) path written as <dir> (<root>) */
export function maskPaths(text, dir, root) {
  return text.split(dir).join("<dir>").split(root).join("<root>");
}
