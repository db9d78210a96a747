# a @spec names types, not functions: the private function it describes is still unused
defmodule UnusedPrivateWithSpec do
  @spec helper(integer()) :: integer()
  defp helper(x), do: x + 1

  @spec used() :: integer()
  def used, do: 1
end

defmodule UnusedPrivateWithSpecFailing do
  @spec helper() :: integer()
  defp helper() do
    length(1, 2)
  end
end
