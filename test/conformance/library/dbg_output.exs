# Kernel.dbg/0,1,2 with Elixir 1.14's default output: the [file:line: function] header, pipelines step by step, binding(), inspect options
a = 1
dbg(a + 2)
x = [1, 2, 3] |> Enum.map(&(&1 * 2)) |> Enum.sum() |> dbg()
IO.inspect(x)
defmodule M do
  def f(y) do
    dbg()
    dbg(%{y: y, list: Enum.to_list(1..30)})
    dbg(y, limit: 2)
    "abc" |> String.upcase() |> dbg(label: "hi")
  end
end
M.f([1, 2, 3])
dbg(:atom)
case dbg(1 > 2) do false -> IO.puts("ok") end
defmodule P do
  def run do
    %{a: 1} |> Map.put(:b, 2) |> Map.keys() |> dbg()
    x = 5
    dbg(x * 2 + 1)
    dbg("long string " <> String.duplicate("x", 90))
    fun = fn n -> n * 3 end
    dbg(fun.(4))
    1..3 |> Enum.map(fn n -> n + 1 end) |> dbg()
    dbg([a: 1, b: [c: 2]])
    dbg(case x do 5 -> :five; _ -> :other end)
    dbg(if x > 3, do: :big, else: :small)
    dbg({:ok, x} |> elem(1))
  end
end
P.run()
