# The right operand of &&, ||, and, or is the last clause of the case they expand to: a call
# there in tail position is a tail call, and the caller's frame is gone from the trace (while the
# left operand, and a right operand not in tail position, keep it)
defmodule T do
  def boom(_), do: raise "x"
  def a(x), do: x && boom(x)
  def b(x), do: x || boom(x)
  def c(x), do: x and boom(x)
  def d(x), do: x or boom(x)
  def e(x), do: !x || boom(x)
  def f(x), do: {x && boom(x)}
  def g(x), do: boom(x) && x
  def h(x), do: (x && boom(x)) || :never
  def i(x), do: if(x, do: x && boom(x), else: :no)
end

defmodule Main do
  def run do
    for {f, arg} <- [a: 1, b: nil, c: true, d: false, e: 1, f: 1, g: 1, h: 1, i: 1] do
      try do
        apply(T, f, [arg])
      rescue
        _ -> IO.inspect({f, for({m, fun, a, loc} <- Enum.take(__STACKTRACE__, 2), do: {m, fun, a, loc[:line]})})
      end
    end
    fun = fn x -> x && T.boom(x) end
    fun.(1)
  end
end

Main.run()
