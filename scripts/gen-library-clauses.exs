# Regenerates vm/library_clauses_data.ts with real Elixir 1.14:
#
#     elixir scripts/gen-library-clauses.exs
#
# beamlet implements these modules' functions in TypeScript (vm/bifs/), which keeps no clauses.
# For a bad argument to fail as in Elixir, it needs per function:
# - how it fails on bad arguments (vm/elixir_clause_frames.ts): the frames its failure has in
#   Elixir, from the function that fails (String.upcase(:a) in String.upcase/2 with :default,
#   Base.decode16(1) in Base.decode16!/2, String.split(1) in :binary.split/3) down to the function
#   itself; read by calling it with bad arguments;
# - the clause heads Exception.blame_mfa/3 shows under "Attempted function clauses"
#   (vm/bifs/library_clauses.ts), read from Elixir's own debug info.
# One table holds both, per module the external term format (base64) of
# {file, [{name, arity, line, failure, kind, clauses}]}: line that of the first clause (where a
# clause failure of the function itself is), failure nil or {shape, frames} (Probe below),
# kind/clauses nil for a function without heads of its own; the module's index lists the
# functions, so that registering a BIF decodes nothing.
modules = [String, Integer, Float, Tuple, List, Keyword, Map, Base, Atom, System, IO]

# Modules beamlet writes in Elixir (lib/), whose clauses are its own, not Elixir's: only Elixir's
# clause heads, for a FunctionClauseError's "Attempted function clauses" (Enum.take(l, :a)); no
# failure probes, and no index (nothing of theirs is a BIF to wrap)
heads_only = [Kernel, Inspect.Integer, Inspect.Algebra, Enum, Stream, MapSet, Range, Regex, URI, String.Chars.URI, Version, Version.Parser, Version.Requirement, OptionParser, Access, Date, Time, DateTime,
  NaiveDateTime, Calendar, Calendar.ISO, Process, GenServer, Agent, Task, Supervisor, Registry, Function, Path,
  IEx.Helpers, IEx.History, Module, ExUnit.CaptureIO, Macro, Macro.Env]

# How the function fails when each argument is bad (distinct atoms :zz_bad_1, ...), or nil:
# {shape, frames}. shape is the raw reason (:function_clause, :badarg, :undef, ...), the tag of a
# tuple reason ({:badmap, _} -> :badmap) or a raised exception's module; frames are the library's
# part of the stack trace (the failing function, its callers inside the library), an argument
# written {:"$arg", index} wherever it appears in them (String.upcase(:a) fails as
# {String, :upcase, [{:"$arg", 0}, :default], [file: 'lib/string.ex', line: 831]}).
defmodule Probe do
  def failure(module, name, arity) do
    bad = for i <- 1..arity, do: :"zz_bad_#{i}"

    try do
      apply(module, name, bad)
      nil
    catch
      :error, reason ->
        frames = Enum.take_while(__STACKTRACE__, fn {mod, _, _, _} -> mod != __MODULE__ end)
        # (a frame with a value made at run time, trap_signal/2's make_ref(), cannot be stored)
        if frames != [] and not made_at_run_time?(frames), do: {shape(reason), Enum.map(frames, &template(&1, bad))}
      _, _ ->
        nil
    end
  end

  defp made_at_run_time?(term) when is_reference(term) or is_pid(term) or is_port(term) or is_function(term), do: true
  defp made_at_run_time?(term) when is_list(term), do: Enum.any?(term, &made_at_run_time?/1)
  defp made_at_run_time?(term) when is_tuple(term), do: made_at_run_time?(Tuple.to_list(term))
  defp made_at_run_time?(_), do: false

  defp shape(%{__exception__: true, __struct__: module}), do: module
  defp shape(reason) when is_atom(reason), do: reason
  defp shape(reason) when is_tuple(reason) and is_atom(elem(reason, 0)), do: elem(reason, 0)
  defp shape(_), do: :other

  defp template(term, bad) when is_atom(term) do
    case Enum.find_index(bad, &(&1 == term)) do
      nil -> term
      index -> {:"$arg", index}
    end
  end

  defp template({mod, fun, args, location}, bad) when is_list(location) do
    {template(mod, bad), fun, if(is_list(args), do: Enum.map(args, &template(&1, bad)), else: args), location}
  end

  defp template(term, bad) when is_list(term), do: Enum.map(term, &template(&1, bad))
  defp template(term, bad) when is_tuple(term), do: term |> Tuple.to_list() |> template(bad) |> List.to_tuple()
  defp template(term, _bad), do: term
end

strip = fn ast ->
  Macro.prewalk(ast, fn
    {form, meta, args} when is_list(meta) -> {form, Keyword.drop(meta, [:line, :column, :version, :counter]), args}
    other -> other
  end)
end

# Exception.blame_mfa/3's %{match?: _, node: _} leaves back to plain quoted code
unblame = fn
  unblame, {op, _meta, [left, right]} when op in [:and, :or] -> {op, [], [unblame.(unblame, left), unblame.(unblame, right)]}
  _, %{node: node} -> strip.(node)
end

# {kind, heads} for a function with clause heads worth blaming, or nil
heads = fn module, name, arity, clauses ->
  # a function whose clauses match anything (no pattern, no guard) never fails in them, and a
  # lower arity made by defaults has no heads of its own
  matches_anything = Enum.all?(clauses, fn {_, args, guards, _} -> guards == [] and Enum.all?(args, &match?({v, _, c} when is_atom(v) and is_atom(c), &1)) end)

  case clauses do
    [{_, _, [], {:super, _, _}}] -> nil
    _ when matches_anything -> nil
    _ ->
      {:ok, kind, blamed} = Exception.blame_mfa(module, name, List.duplicate(make_ref(), arity))
      {kind, for({args, guards} <- blamed, do: {Enum.map(args, &unblame.(unblame, &1)), Enum.map(guards, &unblame.(unblame, &1))})}
  end
end

# the private functions beamlet's library (and the REPL's IEx.Helpers) writes as Elixir's (defp do_pop_at in lib/list.ex): their
# heads too, for a clause failure inside a public function (List.delete_at(:a, 1))
defps_of = fn files ->
  files
  |> Enum.flat_map(fn f -> Regex.scan(~r/^\s*defp ([a-z_][A-Za-z0-9_]*[?!]?)/m, File.read!(f), capture: :all_but_first) end)
  |> MapSet.new(fn [name] -> name end)
end

lib_defps = defps_of.(Path.wildcard(Path.join([__DIR__, "..", "lib", "**", "*.ex"])))
# (IEx.Helpers' and IEx.History's from the REPL's cli/repl/helpers.ex)
helpers_defps = defps_of.([Path.join([__DIR__, "..", "cli", "repl", "helpers.ex"])])

# the private functions a BIF's failure names (vm/bifs/base_options.ts fails in Base.maybe_pad/3
# for an encoder's bad padding: option): their heads, as for lib/'s
bif_defps = %{Base => MapSet.new(["maybe_pad"])}

generated =
  for module <- modules ++ heads_only do
    {:ok, {_, [debug_info: {:debug_info_v1, backend, data}]}} = :beam_lib.chunks(:code.which(module), [:debug_info])
    {:ok, %{definitions: definitions, file: file}} = backend.debug_info(:elixir_v1, module, data, [])
    # (the file within its app: .../lib/elixir/lib/enum.ex is lib/enum.ex, iex's lib/iex/helpers.ex)
    [_, relative] = Regex.run(~r{/lib/[a-z_]+/(lib/.*)$}, file)

    defps = if module in [IEx.Helpers, IEx.History], do: helpers_defps, else: lib_defps
    defps = MapSet.union(defps, Map.get(bif_defps, module, MapSet.new()))

    entries =
      for {{name, arity}, def_kind, _meta, [{first, _, _, _} | _] = clauses} <- Enum.sort(definitions), def_kind == :def or Atom.to_string(name) in defps, arity > 0 do
        {kind, clauses} = heads.(module, name, arity, clauses) || {nil, nil}
        own = [{module, name, Enum.map(0..(arity - 1), &{:"$arg", &1}), [file: String.to_charlist(relative), line: first[:line]]}]

        # a failure in the function's own first clause goes without saying
        failure =
          # (a private function's heads only: List.delete_at/2 fails in do_pop_at/4)
          case module in heads_only or def_kind == :defp or Probe.failure(module, name, arity) do
            true -> nil
            {:function_clause, ^own} -> nil
            failure -> failure
          end

        {name, arity, first[:line], failure, kind, clauses}
      end
      |> Enum.reject(&match?({_, _, _, nil, nil, nil}, &1))

    {module, relative, entries}
  end

# the function a clause failure's frames start in, when it is not the one called (Float.parse(1)
# fails in the private Float.parse_unsigned/1, String.trim_leading(1) in String.Break.trim_leading/1):
# its heads too, for the message's "Attempted function clauses"; a module of Elixir's that is not
# listed above (String.Break) gets an entry of those heads alone
clause_failures =
  for {_, _, entries} <- generated, {_, _, _, {:function_clause, [{m, f, args, location} | _]}, _, _} <- entries,
      is_atom(m) and is_list(args), String.starts_with?(Atom.to_string(m), "Elixir."), uniq: true,
      do: {m, f, length(args), List.to_string(location[:file])}

known = for {module, _, entries} <- generated, {name, arity, _, _, _, _} <- entries, into: MapSet.new(), do: {module, name, arity}

extra =
  for {module, wanted} <- Enum.group_by(clause_failures, &elem(&1, 0)), into: %{} do
    {:ok, {_, [debug_info: {:debug_info_v1, backend, data}]}} = :beam_lib.chunks(:code.which(module), [:debug_info])
    {:ok, %{definitions: definitions}} = backend.debug_info(:elixir_v1, module, data, [])

    entries =
      for {_, name, arity, _} <- wanted, not MapSet.member?(known, {module, name, arity}),
          {{^name, ^arity}, _, _, [{first, _, _, _} | _] = clauses} <- definitions,
          {kind, blamed} <- [heads.(module, name, arity, clauses)],
          do: {name, arity, first[:line], nil, kind, blamed}

    {module, {wanted |> hd() |> elem(3), entries}}
  end

generated =
  Enum.map(generated, fn {module, file, entries} ->
    {_, more} = Map.get(extra, module, {file, []})
    {module, file, Enum.sort(entries ++ more)}
  end) ++
    for {module, {file, entries}} <- Enum.sort(extra), entries != [], module not in modules ++ heads_only, do: {module, file, entries}

body =
  Enum.map_join(generated, ",\n", fn {module, file, entries} ->
    framed = for {name, arity, _, _, _, _} <- entries, module in modules, function_exported?(module, name, arity), do: "#{name}/#{arity}"
    data = Base.encode64(:erlang.term_to_binary({file, entries}))
    ~s(  "#{Atom.to_string(module)}": ["#{Enum.join(framed, " ")}",\n    "#{data}"])
  end)

# the Elixir modules the frames name besides those above (String.Break): library modules that
# beamlet has no code for, which a stack trace still shows as elixir's
helpers =
  for {_, _, entries} <- generated, {_, _, _, {_, frames}, _, _} <- entries, {mod, _, _, _} <- frames, is_atom(mod),
      String.starts_with?(Atom.to_string(mod), "Elixir."), mod not in modules, uniq: true, do: Atom.to_string(mod)

File.write!(Path.join([__DIR__, "..", "vm", "library_clauses_data.ts"]), """
// Generated by scripts/gen-library-clauses.exs from Elixir 1.14: do not edit.
// Per module: the functions it knows, and the external term format (base64) of
// {file, [{name, arity, line, failure, kind, clauses}]} (read by
// vm/library_clauses.ts).
import { lazyJson } from "./lazy_json.ts";
// JSON text, parsed on first use (vm/lazy_json.ts)
export const libraryClauses = lazyJson<Record<string, [string, string]>>(String.raw`{
#{body}
}`);

/** the other Elixir modules their failures' frames name */
export const LIBRARY_FRAME_MODULES: readonly string[] = #{inspect(Enum.sort(helpers))};
""")

count = fn pred -> Enum.sum(for {_, _, entries} <- generated, do: Enum.count(entries, pred)) end
IO.puts("wrote vm/library_clauses_data.ts (#{count.(&(elem(&1, 3) != nil))} failures, #{count.(&(elem(&1, 4) != nil))} functions with heads)")
