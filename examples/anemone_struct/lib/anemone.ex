defmodule Anemone do
  @moduledoc """
  Documentation for `Anemone`.
  """

  @doc """
  Hello world.

  ## Examples

      iex> Anemone.hello()
      :world

  """
  def hello do
    :world
  end
end
