# defimpl sets @for and @protocol before its body: reading them (in a capture too) warns of nothing
defmodule Shape do
  defstruct [:sides]
  def describe(s), do: "#{s.sides} sides"

  defimpl String.Chars do
    def to_string(s), do: "#{inspect(@protocol)} for #{inspect(@for)}: " <> Enum.map_join([s], &@for.describe/1)
  end
end

defprotocol Area do
  def area(s)
end

defimpl Area, for: Shape do
  def area(_s), do: {@protocol, @for, @other}
end

IO.puts(to_string(struct(Shape, sides: 3)))
IO.inspect(Area.area(struct(Shape, sides: 4)))
