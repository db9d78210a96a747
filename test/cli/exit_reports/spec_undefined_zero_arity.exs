IO.puts("before")
defmodule B do
  @spec g() :: :ok
  @callback h() :: :ok
  @macrocallback m() :: :ok
end
IO.puts("after")
