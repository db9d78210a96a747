# a file of defmodules only: Elixir compiles them one after the other by a lists:foldl, whose
# frame (foldl/3 for the first, foldl_1/3 after) stands below a failing module body's
defmodule First do
  def ok, do: :ok
end

defmodule Second do
  @limits %{low: 1}
  Map.fetch!(@limits, :high)
end
