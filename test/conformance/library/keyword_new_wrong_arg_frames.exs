# Keyword.new/1,2 given something that is no enumerable fail in Enum.reverse/1 under Keyword.new/2's
# frame at Elixir's line 202 (for both arities: new/1 tail-calls new/2); a bad pair fails in
# the anonymous reducer's match (line 198) or in Keyword.put_new/3
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
    show("Keyword.new(1)", fn -> Keyword.new(1) end)
    show("Keyword.new(:a, fun)", fn -> Keyword.new(:a, fn x -> x end) end)
    show("Keyword.new([1])", fn -> Keyword.new([1]) end)
    show("Keyword.new([{\"a\", 1}])", fn -> Keyword.new([{"a", 1}]) end)
    show("Keyword.new([a: 1], bad pair)", fn -> Keyword.new([a: 1], fn _ -> {1, 2, 3} end) end)
    show("Keyword.new(%{b: 2, a: 1})", fn -> Keyword.new(%{b: 2, a: 1}) end)
    show("Keyword.new([a: 1, a: 2])", fn -> Keyword.new([a: 1, a: 2]) end)
    show("Keyword.new(1..2, fun)", fn -> Keyword.new(1..2, &{:"k#{&1}", &1}) end)
  end
end

Main.run()
Keyword.new(7)
