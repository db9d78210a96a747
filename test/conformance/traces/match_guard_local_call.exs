# a local function called as the guard of match?'s pattern: refused as a remote call is, and
# Kernel.match?/2's expansion shows under the mapfoldl over its clauses
defmodule Limits do
  defp limit, do: 5
  def small?(x), do: match?(y when limit(), x)
end
