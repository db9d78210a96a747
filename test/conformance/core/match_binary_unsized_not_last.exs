# a binary segment without size before the last one of a pattern is elixir_bitstring's CompileError
defmodule Split do
  def halves(<<a::binary, b::binary>>), do: {a, b}
end
