# Kernel.then(value, fun) is `fun.(value)`: a fn or a shorthand capture of one argument written
# there is inlined by Erlang's compiler and takes no index; later funs' indexes do not count it
defmodule P do
  defstruct a: 1, b: 2
end

defmodule Main do
  def run do
    fs = [
      fn -> 0 end,
      fn -> fn -> :first end end,
      fn -> %{a: 1} |> then(&Map.put(&1, :b, 0)) end,
      fn -> then(%P{}, fn x -> %P{x | b: 0} end) end,
      fn -> 2 |> then(fn x -> case x do 2 -> :two end end) end,
      fn -> fn -> :second end end,
      fn -> then(3, &{&1, fn -> :inner end}) end
    ]

    for f <- fs do
      r = f.()
      r = with {_, g} when is_function(g) <- r, do: g
      IO.inspect({Function.info(f)[:index], if(is_function(r), do: {Function.info(r)[:index], r.()}, else: r)})
    end

    try do
      then(1, &Map.put(&1, &2, 0))
    rescue
      e in BadArityError -> IO.inspect({e.args, Function.info(e.function)[:index]})
    end

    IO.inspect(Function.info(fn -> :last end)[:index])
  end
end

Main.run()
