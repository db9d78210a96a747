# A match whose pattern is no variable, followed by more code, is a case on its value: a fn
# applied there is left a fun (its function_clause error raised from -f/1-fun-0-); as the block's
# last expression, or bound to a variable, it is inlined (-f/1-inlined-0-)
defmodule G do
  def a(p) do
    :r = (fn {x} -> x end).(p)
    :ok
  end

  def b(p) do
    :r = (fn {x} -> x end).(p)
  end

  def c(p) do
    f = fn {x} -> x end
    {:r} = f.(p)
    :ok
  end

  def d(p) do
    f = fn {x} -> x end
    {:r} = f.(p)
  end

  def e(p) do
    v = (fn {x} -> x end).(p)
    v
  end

  def g(p) do
    [:r] = (fn {x} -> [x + p] end).(p)
    :ok
  end
end

for f <- [:a, :b, :c, :d, :e, :g] do
  try do
    apply(G, f, [5])
  rescue
    e in FunctionClauseError -> IO.inspect({f, e.function, hd(__STACKTRACE__)})
  end
end
