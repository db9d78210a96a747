defmodule A do
  def f(x) do
    try do
      x
    after
      IO.puts("a")
      elem({}, 1)
    end
  end
  def g(x) do
    try do
      x
    after
      String.to_integer("x")
    end
  end
  def h(x) do
    try do
      x
    after
      String.to_integer("x")
      :ok
    end
  end
end
defmodule B do
  def f(x) do
    try do
      x
    after
      IO.puts(elem({}, 1))
    end
  end
  def g(x) do
    try do
      x
    after
      {elem({}, 1), 2}
    end
  end
  def h(x) do
    try do
      x
    after
      case x do
        1 -> String.to_integer("x")
        _ -> 2
      end
    end
  end
end
r = try do
  1
after
  elem({}, 1)
end
IO.inspect r
