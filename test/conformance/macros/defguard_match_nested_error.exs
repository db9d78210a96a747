# `=` in a defguard nested in `and` inside `or`: both expansions show (cut as the BEAM cuts)
defmodule BadGuard do
  defguard is_odd_thing(x) when is_atom(x) or (is_nil(x) and (y = x))
end
