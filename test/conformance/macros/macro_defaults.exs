# defmacro with default arguments and several clauses
defmodule D do
  defmacro greet(name, greeting \\ "Hello") do
    quote do: unquote(greeting) <> ", " <> unquote(name)
  end

  defmacro count([]), do: 0
  defmacro count([_ | t]), do: quote(do: 1 + D.count(unquote(t)))
end

defmodule User do
  require D
  def a, do: D.greet("Ann")
  def b, do: D.greet("Bob", "Hi")
  def c, do: D.count([:x, :y, :z])
end

IO.inspect({User.a(), User.b(), User.c()})
IO.inspect(D.__info__(:macros))
