# A binary segment written as <<...>> whose size Elixir cannot count (an unsized bits segment) is
# left nested in the pattern; OTP's compiler then refuses the module, after Elixir's warnings
defmodule BinaryPatternUnmatchable do
  def first(<<"a", (<<y::4, z::bits>>)::binary>>, unused), do: y

  def prefixed(x) do
    case x do
      "a" <> <<y::4, rest::bits>> -> {y, rest}
    end
  end
end
