defmodule Retry do
  @moduledoc """
  Attempts and their delays.

      iex> Retry.attempts(3)
      [1, 2, 3]
  """

  def attempts(n), do: Enum.to_list(1..n)

  def backoff(n), do: n * 100
end
