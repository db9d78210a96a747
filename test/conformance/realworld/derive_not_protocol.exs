defmodule U do
  @derive [Enum]
  defstruct [:a]
end
IO.puts :ok
