# Protocol dispatch in loops long enough to run compiled: every kind of value String.Chars and a
# protocol of the program's own dispatch on (built-in types, a plain map, structs with their own
# implementation, a derived one, the fallback to Any), a value without an implementation, and an
# implementation that appears (and one that goes away) while the loop's code is already compiled.
defprotocol Shape do
  @fallback_to_any true
  def name(x)
end

defimpl Shape, for: Any do
  def name(_), do: "any"
end

defprotocol Sized do
  def size(x)
end

defmodule Pt do
  defstruct x: 0, y: 0
end

defmodule Box do
  @derive [Shape]
  defstruct w: 1
end

defmodule Plain do
  defstruct a: 1
end

defimpl Shape, for: Integer do
  def name(n), do: "int#{rem(n, 3)}"
end

defimpl Shape, for: Pt do
  def name(%Pt{x: x}), do: "pt#{x}"
end

defimpl Sized, for: List do
  def size(l), do: length(l)
end

defimpl Sized, for: Map do
  def size(m), do: map_size(m)
end

defmodule Hot do
  def names(values, n), do: names(values, n, [])
  defp names(_values, 0, acc), do: acc
  defp names(values, n, acc), do: names(values, n - 1, Enum.map(values, &Shape.name/1) ++ Enum.take(acc, 0))

  def chars(_values, 0, acc), do: acc
  def chars(values, n, acc), do: chars(values, n - 1, Enum.map(values, fn v -> "<#{v}>" end) ++ Enum.take(acc, 0))

  def sizes(_values, 0, acc), do: acc
  def sizes(values, n, acc) do
    r =
      Enum.map(values, fn v ->
        try do
          Sized.size(v)
        rescue
          e in Protocol.UndefinedError -> {:undefined, inspect(e.value)}
        end
      end)
    sizes(values, n - 1, r ++ Enum.take(acc, 0))
  end
end

values = [1, 2.5, :atom, "bin", [1, 2], {1, 2}, %{a: 1}, struct(Pt, x: 7), struct(Box), struct(Plain), self()]
IO.inspect(Hot.names(values, 200))
IO.inspect(Hot.chars([1, 2.5, :a, "s", 'cl', -12345678901234567890], 200, []))
sized = [[1, 2, 3], %{a: 1, b: 2}, {1}, 7, struct(Pt)]
IO.inspect(Hot.sizes(sized, 200, []))

# an implementation defined after the loop has run compiled without it
Code.eval_string("""
defimpl Sized, for: Tuple do
  def size(t), do: tuple_size(t) * 10
end
""")
IO.inspect(Hot.sizes(sized, 200, []))

# and one taken away again
:code.purge(Sized.Tuple)
:code.delete(Sized.Tuple)
:code.purge(Sized.Tuple)
IO.inspect(Hot.sizes(sized, 200, []))
IO.inspect(Hot.names(values, 200))
