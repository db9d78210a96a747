# a local function call inside `or` in a defguardp: Kernel.or/2's expansion shows in the trace
defmodule BadGuard do
  def foo(x), do: x
  defguardp is_odd_thing(x) when is_atom(x) or foo(x)
end
