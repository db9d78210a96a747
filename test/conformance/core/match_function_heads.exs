defmodule Shape do
  def area({:circle, r}), do: 3.0 * r * r
  def area({:rect, w, h}), do: w * h
  def area({:square, s}), do: area({:rect, s, s})
  def area(%{kind: :tri, base: b, height: h}), do: b * h / 2
  def area(other), do: {:unknown, other}

  def describe([]), do: "empty"
  def describe([_]), do: "one"
  def describe([_, _]), do: "two"
  def describe([_ | _]), do: "many"

  def first_two([a, b | _]), do: {a, b}

  def greet("Dr. " <> name), do: "Hello doctor #{name}"
  def greet("Mr. " <> name), do: "Hello mister #{name}"
  def greet(name), do: "Hi #{name}"
end

IO.inspect(Shape.area({:circle, 2}))
IO.inspect(Shape.area({:rect, 3, 4}))
IO.inspect(Shape.area({:square, 5}))
IO.inspect(Shape.area(%{kind: :tri, base: 4, height: 3}))
IO.inspect(Shape.area(:blob))
Enum.each([[], [1], [1, 2], [1, 2, 3]], fn l -> IO.puts(Shape.describe(l)) end)
IO.inspect(Shape.first_two([:x, :y, :z]))
IO.puts(Shape.greet("Dr. Who"))
IO.puts(Shape.greet("Mr. Smith"))
IO.puts(Shape.greet("Ann"))
try do
  Shape.first_two([1])
rescue
  e in FunctionClauseError -> IO.puts(Exception.message(e))
end
