defmodule Sp do
  @moduledoc """
  Documentation for `Sp`.
  """

  @doc """
  Hello world.

  ## Examples

      iex> Sp.hello()
      :world

  """
  def hello do
    :world
  end
end
