# A protocol not implemented for a value raises Protocol.UndefinedError from the protocol's own
# impl_for!/1 (at the defprotocol line), called by the protocol function at the line of its def:
# both frames show, with Elixir's files and lines for the built-in protocols.
defprotocol Shape do
  def area(shape)

  def scale(shape, by)
end

defimpl Shape, for: Tuple do
  def area({w, h}), do: w * h
  def scale({w, h}, by), do: {w * by, h * by}
end

frames = fn f ->
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      # (as terms: the conformance masking drops lines that look like stack frames)
      for {m, f, a, loc} <- Enum.take_while(__STACKTRACE__, &(elem(&1, 1) != :__FILE__)),
          do: IO.inspect({m, f, if(is_list(a), do: length(a), else: a), loc[:file], loc[:line]})
  end
end

frames.(fn -> Shape.area(:circle) end)
frames.(fn -> Shape.scale([1], 2) end)
IO.inspect(Shape.area({2, 3}))
frames.(fn -> Enumerable.reduce(:a, {:cont, 0}, fn _, acc -> {:cont, acc} end) end)
frames.(fn -> Enumerable.count({1, 2}) end)
frames.(fn -> Enumerable.member?(1.5, 1) end)
frames.(fn -> Enumerable.slice("abc") end)
frames.(fn -> Collectable.into(:x) end)
frames.(fn -> String.Chars.to_string({:a}) end)
frames.(fn -> List.Chars.to_charlist(%{}) end)
frames.(fn -> Enumerable.impl_for!(self()) end)
IO.inspect(Enumerable.impl_for!([]))
Shape.scale(7, 1)
