# Writes cli/repl/library_typespecs.json with real Elixir 1.14 / OTP 25:
#
#     elixir scripts/gen-library-typespecs.exs
#
# t/1 and b/1 read a module's types and callbacks from its object code (Code.Typespec); beamlet's
# standard library is not Elixir's, so this table keeps, for the modules beamlet has (the Elixir
# and Erlang modules its library defines, lib/**/*.ex, and the Erlang modules it has as BIFs,
# vm/bifs/otp_exports.ts), what iex formats: each type and callback spec as Macro.to_string gives
# it after Code.Typespec reads it back (iex's formatter lays it out at the shell's width), as
# [kind, name, arity, text, doc], doc being false for a hidden callback (b/1 leaves it out) and
# null otherwise: the table holds no prose. An @optional_callbacks entry is
# ["optional", name, arity, "", null].
root = Path.expand("..", __DIR__)

from_lib =
  Path.wildcard(Path.join(root, "lib/**/*.ex"))
  |> Enum.flat_map(fn f -> Regex.scan(~r/^\s*def(?:module|protocol) ([A-Z][\w.]*|:[a-z_0-9]+)/m, File.read!(f), capture: :all_but_first) end)
  |> Enum.map(fn
    [":" <> erl] -> String.to_atom(erl)
    [ex] -> Module.concat([ex])
  end)

from_bifs =
  Regex.scan(~r/^  "([a-z_0-9]+)": \[/m, File.read!(Path.join(root, "vm/bifs/otp_exports.ts")), capture: :all_but_first)
  |> Enum.map(fn [m] -> String.to_atom(m) end)

modules = (from_lib ++ from_bifs) |> Enum.uniq() |> Enum.filter(&Code.ensure_loaded?/1) |> Enum.sort()

name_arity = fn {name, arity} ->
  case Atom.to_string(name) do
    "MACRO-" <> macro -> {:macrocallback, String.to_atom(macro), arity - 1}
    _ -> {:callback, name, arity}
  end
end

hidden_callbacks = fn module ->
  case Code.fetch_docs(module) do
    {:docs_v1, _, _, _, _, _, docs} -> for {{kind, name, arity}, _, _, :hidden, _} <- docs, kind in [:callback, :macrocallback], do: {name, arity}
    _ -> []
  end
end

drop_caller = fn
  {:type, l1, :fun, [{:type, l2, :product, [_ | args]}, result]} -> {:type, l1, :fun, [{:type, l2, :product, args}, result]}
  other -> other
end

drop_macro_env = fn
  {name, meta, [{:"::", _, [_, {{:., _, [Macro.Env, :t]}, _, _}]} | args]} -> {name, meta, args}
  other -> other
end

entries = fn module ->
  types =
    case Code.Typespec.fetch_types(module) do
      {:ok, types} ->
        for {kind, {name, _, args} = type} <- types do
          text =
            case kind do
              :opaque -> Code.Typespec.type_to_quoted(type) |> elem(2) |> hd() |> Macro.to_string()
              _ -> Code.Typespec.type_to_quoted(type) |> Macro.to_string()
            end

          [kind, name, length(args), "@#{kind} #{text}", nil]
        end

      :error ->
        []
    end

  {callbacks, optional} =
    case Code.Typespec.fetch_callbacks(module) do
      {:ok, callbacks} ->
        hidden = hidden_callbacks.(module)

        specs =
          for {na, specs} <- callbacks, {kind, name, arity} = name_arity.(na), spec <- specs do
            spec = if kind == :macrocallback, do: drop_caller.(spec), else: spec
            text = Code.Typespec.spec_to_quoted(name, spec) |> Macro.prewalk(drop_macro_env) |> Macro.to_string()
            [kind, name, arity, "@#{kind} #{text}", if({name, arity} in hidden, do: false, else: nil)]
          end

        optional =
          if function_exported?(module, :behaviour_info, 1) do
            for na <- module.behaviour_info(:optional_callbacks), {_, name, arity} = name_arity.(na), do: ["optional", name, arity, "", nil]
          else
            []
          end

        {specs, optional}

      :error ->
        {[], []}
    end

  %{types: types, callbacks: callbacks ++ optional}
end

# a JSON value (Elixir's inspect would escape "#{")
json = fn
  json, list when is_list(list) -> "[" <> Enum.map_join(list, ", ", &json.(json, &1)) <> "]"
  _, nil -> "null"
  _, false -> "false"
  _, n when is_integer(n) -> Integer.to_string(n)
  json, a when is_atom(a) -> json.(json, Atom.to_string(a))
  _, s when is_binary(s) -> ~s(") <> (s |> String.replace("\\", "\\\\") |> String.replace(~s("), ~s(\\")) |> String.replace("\n", "\\n")) <> ~s(")
end

table =
  for module <- modules, %{types: types, callbacks: callbacks} = entries.(module), types != [] or callbacks != [] do
    name = json.(json, Atom.to_string(module))
    "  #{name}: {\n    \"types\": [\n      #{Enum.map_join(types, ",\n      ", &json.(json, &1))}\n    ],\n    \"callbacks\": [\n      #{Enum.map_join(callbacks, ",\n      ", &json.(json, &1))}\n    ]\n  }"
  end

File.write!(Path.join(root, "cli/repl/library_typespecs.json"), "{\n" <> Enum.join(table, ",\n") <> "\n}\n")
IO.puts("#{length(table)} modules with types or callbacks, of #{length(modules)}")
