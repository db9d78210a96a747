# A failing BIF heads the stack trace with itself and its arguments (:erlang.element(5, {1, 2}))
defmodule Store do
  def pick(t, i), do: elem(t, i)
  def pick_all(t), do: Enum.map([0, 4], fn i -> pick(t, i) end)
end

defmodule Main do
  def run, do: Store.pick_all({1, 2})
end

Main.run()
