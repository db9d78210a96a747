# apply/3 (and :erlang.apply/3) with a function name that is not an atom, or arguments that are
# not a (proper) list: a badarg from :erlang.apply/3 itself, its frame on top, naming every wrong
# argument (as a child spec's start {Kernel, :apply, [...]} with extra arguments can produce).
defmodule W do
  def tail(f), do: apply(:x, f, [])
  def erl(f), do: :erlang.apply(:x, f, [])
  def inner(f), do: {apply(:x, f, [1])}
  def fun_first(f), do: apply(f, :x, [])
end

defmodule Main do
  def run do
    for n <- [:tail, :erl, :inner, :fun_first] do
      try do
        apply(W, n, [fn -> 1 end])
      rescue
        e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 3)}, label: "#{n}")
      end
    end

    cases = [{5, 6, []}, {:m, 6, []}, {5, :f, []}, {:m, :f, :x}, {:m, 6, :x},
             {5, 6, [1 | 2]}, {5, :f, [1 | 2]}, {:m, :f, [1 | 2]}]

    for {m, f, a} <- cases do
      try do
        apply(m, f, a)
      rescue
        e -> IO.inspect({Exception.message(e), hd(__STACKTRACE__)})
      end
    end

    IO.inspect(try do :erlang.apply(Enum, "sum", [[1]]) rescue e -> e end)
    IO.inspect(apply(Enum, :sum, [[1, 2]]))
  end
end

Main.run()
