# a module body failing inside another's: the outer body's frame stands below it, and the
# script's own frame is out of the BEAM's 8 (each body stands on 4 frames of Elixir's compiler)
IO.puts("before")

defmodule Outer do
  defmodule Inner do
    raise ArgumentError, "inner body failed"
  end
end

IO.puts("after")
