# unquote fragments in a module body: functions defined from data at compile time
defmodule Colors do
  @colors [red: "#f00", green: "#0f0", blue: "#00f"]

  for {name, hex} <- @colors do
    def unquote(name)(), do: unquote(hex)
  end

  names = Keyword.keys(@colors)
  def all, do: unquote(names)

  for {name, n} <- [one: 1, two: 2] do
    def unquote(:"add_#{name}")(x), do: x + unquote(n)
  end

  fun_name = :computed
  def unquote(fun_name)(a, b), do: {a, b}
end

IO.inspect(Colors.red())
IO.inspect(Colors.blue())
IO.inspect(Colors.all())
IO.inspect(Colors.add_two(40))
IO.inspect(Colors.computed(1, 2))
IO.inspect(Colors.__info__(:functions))
