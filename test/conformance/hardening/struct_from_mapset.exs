# struct/2 and struct!/2 given a MapSet of pairs: defstruct's __struct__/1 reduces it through the
# Enumerable protocol, over its elements, as Elixir 1.14's Enum.reduce does (beamlet read the
# MapSet's own fields as the pairs: KeyError :__struct__). Found by fuzz-diff seed 963021.
defmodule S do
  defstruct [:a, :b]
end
defmodule E do
  @enforce_keys [:a]
  defstruct [:a, :b]
end
defmodule Main do
  def show(f) do
    try do
      IO.inspect(f.())
    rescue
      e -> IO.inspect({e, __STACKTRACE__ |> Enum.reject(&(elem(&1, 0) == Main))})
    end
  end
  def run do
    show(fn -> struct!(Date, MapSet.new(host: 1)) end)
    show(fn -> struct!(S, MapSet.new(a: 1)) end)
    show(fn -> struct(S, MapSet.new(a: 1, b: 2)) end)
    show(fn -> struct!(S, MapSet.new([1])) end)
    show(fn -> struct!(E, MapSet.new(b: 1)) end)
    show(fn -> struct!(E, MapSet.new(a: 1)) end)
    show(fn -> struct!(S, MapSet.new()) end)
  end
end
Main.run()
