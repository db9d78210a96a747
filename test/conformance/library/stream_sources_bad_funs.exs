# Stream.iterate/2, unfold/2 and repeatedly/1 check their fun when called, as Elixir 1.14's guards
# do (a FunctionClauseError at the call, with the attempted clause), not when the stream runs
defmodule Main do
  def show(label, f) do
    try do
      s = f.()
      IO.puts("#{label}: made a stream")
      IO.inspect(Enum.take(s, 2))
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts("#{label}: #{Exception.message(blamed)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    show("Stream.iterate(1, 2)", fn -> Stream.iterate(1, 2) end)
    show("Stream.iterate(1, fn a, b -> a + b end)", fn -> Stream.iterate(1, fn a, b -> a + b end) end)
    show("Stream.unfold(1, :next)", fn -> Stream.unfold(1, :next) end)
    show("Stream.repeatedly(1)", fn -> Stream.repeatedly(1) end)
    show("Stream.repeatedly(fn x -> x end)", fn -> Stream.repeatedly(fn x -> x end) end)
    show("Stream.iterate(1, &(&1 * 2))", fn -> Stream.iterate(1, &(&1 * 2)) end)
    show("Stream.unfold(3, fn 0 -> nil; n -> {n, n - 1} end)", fn -> Stream.unfold(3, fn 0 -> nil; n -> {n, n - 1} end) end)
    show("Stream.repeatedly(fn -> :x end)", fn -> Stream.repeatedly(fn -> :x end) end)
  end
end

Main.run()
