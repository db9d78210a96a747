defmodule Greeter do
  @moduledoc """
  Documentation for `Greeter`.
  """

  @doc """
  Hello world.

  ## Examples

      iex> Greeter.hello()
      :world

  """
  def hello do
    :world
  end
end
