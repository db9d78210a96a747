defmodule SupGreeter do
  @moduledoc """
  Documentation for `SupGreeter`.
  """

  @doc """
  Hello world.

  ## Examples

      iex> SupGreeter.hello()
      :world

  """
  def hello do
    :world
  end
end
