# List.improper?/1 takes lists only (a FunctionClauseError with both of Elixir 1.14's clauses
# blamed, not false), and Map.get_and_update/3 given no map fails in Map.get/3 under its own frame
# at Elixir's line of the get; results on good arguments unchanged
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(blamed)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("List.improper?(1)", fn -> List.improper?(1) end)
    show("List.improper?(:a)", fn -> List.improper?(:a) end)
    show("List.improper?([])", fn -> List.improper?([]) end)
    show("List.improper?([1 | 2])", fn -> List.improper?([1 | 2]) end)
    show("List.improper?([1, 2])", fn -> List.improper?([1, 2]) end)
    show("Map.get_and_update(1, :a, & &1)", fn -> Map.get_and_update(1, :a, & &1) end)
    show("Map.get_and_update([], :a, & &1)", fn -> Map.get_and_update([], :a, & &1) end)
    show("Map.get_and_update(%{a: 1}, :a, ...)", fn -> Map.get_and_update(%{a: 1}, :a, &{&1, 2}) end)
    show("Map.get_and_update(%{a: 1}, :b, :pop)", fn -> Map.get_and_update(%{a: 1}, :b, fn _ -> :pop end) end)
  end
end

Main.run()
