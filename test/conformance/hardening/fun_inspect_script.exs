# A fun made by a script's top level inspects as Elixir 1.14 prints it: its index among the
# module's funs and `in file:NAME.exs` (the script module's __RELATIVE__/0); a module's funs name
# their function. The unique number differs between runtimes: shown as U (and the prefix spelled
# out, so the conformance mask leaves the rest visible).
show = fn f -> IO.puts(f |> inspect() |> String.replace(~r/^#Function<(\d+)\.\d+/, "fun<\\1.U")) end
f = fn x -> x end
show.(f)
show.(fn x, y -> {x, y} end)
show.(fn -> :ok end)
show.(&(&1 + 1))
IO.inspect(&String.upcase/1)
defmodule M do
  def f, do: fn x -> x end
  def g, do: [fn -> 1 end, fn -> 2 end]
end
show.(M.f())
Enum.each(M.g(), show)
try do
  f.(1, 2)
rescue
  e -> IO.puts(e |> Exception.message() |> String.replace(~r/^#Function<(\d+)\.\d+/, "fun<\\1.U"))
end
