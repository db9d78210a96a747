# var!/2 with an explicit context shares a variable between macros
defmodule Counter do
  defmacro init do
    quote do: var!(count, Counter) = 0
  end

  defmacro incr do
    quote do: var!(count, Counter) = var!(count, Counter) + 1
  end

  defmacro value do
    quote do: var!(count, Counter)
  end
end

defmodule User do
  require Counter

  def run do
    Counter.init()
    Counter.incr()
    Counter.incr()
    Counter.incr()
    count = :caller_count
    {Counter.value(), count}
  end
end

IO.inspect(User.run())
IO.inspect(Macro.var(:x, nil))
IO.inspect(Macro.var(:x, Counter))
IO.inspect(quote(do: var!(x)))
