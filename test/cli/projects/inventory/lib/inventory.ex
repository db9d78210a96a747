defmodule Inventory do
  @moduledoc """
  Documentation for `Inventory`.
  """

  @doc """
  Hello world.

  ## Examples

      iex> Inventory.hello()
      :world

  """
  def hello do
    :world
  end
end
