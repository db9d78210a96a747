# a remote call nested in the guard of match?'s pattern (inside a capture): Kernel.match?/2's
# expansion frame shows however deep the call is
defmodule M do
  def long(xs), do: Enum.filter(xs, &match?(y when String.length(y) > 1, &1))
end
