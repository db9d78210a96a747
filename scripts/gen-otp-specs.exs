# Writes cli/repl/otp_specs.json with real Elixir 1.14 / OTP 25:
#
#     elixir scripts/gen-otp-specs.exs
#
# OTP's modules carry no docs chunk where Elixir is installed without them, so iex's h/1 of an
# Erlang function prints each arity's @spec, read from the module's debug info, under its heading
# ("Module was compiled without docs. Showing only specs."). beamlet's Erlang modules have no such
# specs; this table keeps, per module and name/arity, the spec lines exactly as iex 1.14 prints
# them (its own formatting, 80 columns, no colours), for the Erlang modules beamlet has: those its
# library defines (lib/**/*.ex) and those it has as BIFs (vm/bifs/otp_exports.ts).
Application.ensure_all_started(:iex)
root = Path.expand("..", __DIR__)

from_lib =
  Path.wildcard(Path.join(root, "lib/**/*.ex"))
  |> Enum.flat_map(fn f -> Regex.scan(~r/^defmodule :([a-z_0-9]+)/m, File.read!(f), capture: :all_but_first) end)

from_bifs = Regex.scan(~r/^  "([a-z_0-9]+)": \[/m, File.read!(Path.join(root, "vm/bifs/otp_exports.ts")), capture: :all_but_first)

modules =
  (from_lib ++ from_bifs)
  |> Enum.map(fn [m] -> String.to_atom(m) end)
  |> Enum.uniq()
  |> Enum.filter(&match?({:ok, _}, Code.Typespec.fetch_specs(&1)))
  |> Enum.sort()

# the spec lines of iex's h/1 for module.name/arity: between the heading and the closing line
spec_text = fn module, name, arity ->
  text = ExUnit.CaptureIO.capture_io(fn -> IEx.Introspection.h({module, name, arity}) end)

  case String.split(text, "\n\nModule was compiled without docs. Showing only specs.") do
    [before, _] -> before |> String.split("\n\n", parts: 3) |> List.last()
    _ -> nil
  end
end

# a JSON string (Elixir's inspect would escape "#{")
json = fn text -> ~s(") <> (text |> String.replace("\\", "\\\\") |> String.replace(~s("), ~s(\\")) |> String.replace("\n", "\\n")) <> ~s(") end

table =
  for module <- modules, Code.ensure_loaded?(module) do
    {:ok, specs} = Code.Typespec.fetch_specs(module)

    entries =
      for {{name, arity}, _} <- Enum.sort(specs), function_exported?(module, name, arity), text = spec_text.(module, name, arity), text != nil do
        "    #{json.("#{name}/#{arity}")}: #{json.(text)}"
      end

    "  #{inspect(Atom.to_string(module))}: {\n#{Enum.join(entries, ",\n")}\n  }"
  end

File.write!(Path.join(root, "cli/repl/otp_specs.json"), "{\n" <> Enum.join(table, ",\n") <> "\n}\n")
IO.puts("#{length(modules)} modules")
