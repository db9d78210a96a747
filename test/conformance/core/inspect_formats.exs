defmodule P do
  defstruct [:a, :b]
end

defmodule Main do
  def run do
    IO.inspect(%P{a: 1, b: [2]})
    IO.inspect([%P{}, %P{a: %P{a: 1}}])
    IO.inspect(%{__struct__: NotAModule, x: 1})
    IO.inspect(%{P.__struct__() | a: "x"}, structs: false)
    IO.inspect(<<1, 2, 3>>)
    IO.inspect(<<"abc", 0>>)
    IO.inspect("abc" <> <<200>>)
    IO.inspect(<<1::size(3)>>)
    IO.inspect([1, 2 | :tail])
    IO.inspect({})
    IO.inspect(%{})
    IO.inspect([])
    IO.inspect(-0.0)
    IO.inspect(:"Elixir.Some.Module")
    IO.inspect(:"lowercase.dotted")
    IO.inspect([{:a, 1}, {:b, 2}, {:c}])
    IO.inspect([{:"quoted key", 1}])
    IO.inspect(%{"a" => 1, b: 2})
    IO.inspect(%{1 => 2, :a => 3})
    IO.inspect('with\nnewline')
    IO.inspect("with\nnewline")
    IO.inspect([0, 1, 2])
    IO.inspect([?a, 0])
    IO.inspect({:ok, %{nested: {:deep, [1, %{x: "y"}]}}})
    IO.puts(inspect(nil) <> inspect(true) <> inspect(:false))
    IO.inspect(MapSet.new([3, 1, 2]))
    IO.inspect(1.0e-10)
    IO.inspect([a: [b: [c: 1]]])
  end
end

Main.run()
