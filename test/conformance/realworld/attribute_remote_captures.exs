# Module attributes holding remote captures inside lists, tuples and maps (a table of handler
# functions), read by functions: the value is computed once in the module body and injected
defmodule Handlers do
  def double(x), do: x * 2
  @table %{max: &max/2, sqrt: &:math.sqrt/1, len: &String.length/1}
  @pipeline [&__MODULE__.double/1, &Integer.to_string/1]
  @pair {:upcase, &String.upcase/1}
  @improper [1 | &abs/1]
  Module.register_attribute(__MODULE__, :acc, accumulate: true)
  @acc [&String.upcase/1]
  @acc {:down, &String.downcase/1}

  def table, do: @table
  def call(name, args), do: apply(Map.fetch!(@table, name), args)
  def run(x), do: Enum.reduce(@pipeline, x, fn f, acc -> f.(acc) end)
  def pair, do: @pair
  def improper, do: @improper
  def acc, do: @acc
  def size(x) when x in [:a, :b], do: length(@pipeline)
end

IO.inspect(Handlers.table())
IO.inspect(Handlers.call(:max, [3, 9]))
IO.inspect(Handlers.call(:sqrt, [16]))
IO.inspect(Handlers.call(:len, ["héllo"]))
IO.inspect(Handlers.run(21))
IO.inspect(Handlers.pair())
IO.inspect(Handlers.improper())
IO.inspect(Handlers.acc())
IO.inspect(Handlers.size(:a))
