# a remote call under a comparison inside `and`: only `and`'s expansion shows
defmodule BadGuard do
  defguard is_long(x) when is_binary(x) and String.length(x) > 1
end
