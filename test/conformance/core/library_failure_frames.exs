# Elixir library functions fail in the function Elixir fails in (a helper, an Erlang BIF, the
# struct module), with the library's frames under it
defmodule Shape do
  defstruct [:w, h: 2]
end

defmodule Failing do
  def run(label, fun) do
    IO.puts("== #{label}")

    try do
      IO.inspect(fun.(), label: "returned")
    rescue
      e ->
        IO.puts(Exception.format_banner(:error, e, __STACKTRACE__))
        # (indented as no stack trace, which the conformance runner leaves out)
        for entry <- library_part(__STACKTRACE__), do: IO.puts("  at " <> Exception.format_stacktrace_entry(entry))
    end

    try do
      fun.()
    catch
      :error, reason -> IO.inspect(reason, label: "raw")
    end
  end

  # the library's frames, above this file's own
  defp library_part(stacktrace) do
    Enum.take_while(stacktrace, fn {m, _, _, location} -> m != __MODULE__ and location[:file] != 'library_failure_frames.exs' end)
  end
end

Failing.run("String.split(1)", fn -> String.split(1) end)
Failing.run("String.split(:a)", fn -> String.split(:a) end)
Failing.run("String.split(\"a b\")", fn -> String.split(" a  b ") end)
Failing.run("Float.parse(1)", fn -> Float.parse(1) end)
Failing.run("Map.from_struct(:a)", fn -> Map.from_struct(:a) end)
Failing.run("Map.from_struct(Enum)", fn -> Map.from_struct(Enum) end)
Failing.run("Map.from_struct(Shape)", fn -> Map.from_struct(Shape) end)
Failing.run("Map.from_struct(1)", fn -> Map.from_struct(1) end)
Failing.run("Map.from_struct(%{a: 1})", fn -> Map.from_struct(%{a: 1}) end)
Failing.run("Map.from_struct(struct(Shape))", fn -> Map.from_struct(struct(Shape, w: 1)) end)
Failing.run("Base.decode16(1)", fn -> Base.decode16(1) end)
Failing.run("Base.decode32(:a, case: :lower)", fn -> Base.decode32(:a, case: :lower) end)
Failing.run("Base.hex_decode32(1)", fn -> Base.hex_decode32(1) end)
Failing.run("System.convert_time_unit(1, :a, :b)", fn -> System.convert_time_unit(1, :a, :b) end)
Failing.run("System.convert_time_unit(1, :second, :b)", fn -> System.convert_time_unit(1, :second, :b) end)
Failing.run("System.convert_time_unit(:x, :second, :millisecond)", fn -> System.convert_time_unit(:x, :second, :millisecond) end)
Failing.run("System.monotonic_time(:bad)", fn -> System.monotonic_time(:bad) end)
Failing.run("System.os_time(-1)", fn -> System.os_time(-1) end)
Failing.run("apply(Integer, :to_string, [:a])", fn -> apply(Integer, :to_string, [:a]) end)
Failing.run("apply(List, :to_atom, [1])", fn -> apply(List, :to_atom, [1]) end)
Failing.run("apply(List, :to_tuple, [:a])", fn -> apply(List, :to_tuple, [:a]) end)
Failing.run("Tuple.append(1, 2)", fn -> Tuple.append(1, 2) end)
Failing.run("Map.get(1, :a)", fn -> Map.get(1, :a) end)
Failing.run("Map.keys(1)", fn -> Map.keys(1) end)
Failing.run("Map.pop(1, :a)", fn -> Map.pop(1, :a) end)
Failing.run("String.trim_leading(1)", fn -> String.trim_leading(1) end)
Failing.run("String.jaro_distance(1, 2)", fn -> String.jaro_distance(1, 2) end)
Failing.run("List.flatten(1)", fn -> List.flatten(1) end)
Failing.run("String.printable?(1)", fn -> String.printable?(1) end)
Failing.run("String.printable?(\"a\", :x)", fn -> String.printable?("a", :x) end)
Failing.run("String.printable?(\"a\", -1)", fn -> String.printable?("a", -1) end)
Failing.run("String.printable?(\"ab\\x01\", 1)", fn -> String.printable?("ab\x01", 1) end)
Failing.run("apply(String, :to_atom, [:a])", fn -> apply(String, :to_atom, [:a]) end)
Failing.run("System.at_exit(1)", fn -> System.at_exit(1) end)
Failing.run("System.at_exit(fn -> 1 end)", fn -> System.at_exit(fn -> 1 end) end)
Failing.run("Keyword.take([a: 1], 1)", fn -> Keyword.take([a: 1], 1) end)
Failing.run("Keyword.drop([a: 1], 1)", fn -> Keyword.drop([a: 1], 1) end)
Failing.run("Keyword.take(1, [:a])", fn -> Keyword.take(1, [:a]) end)
Failing.run("Keyword.put_new([], 1, 2)", fn -> Keyword.put_new([], 1, 2) end)
