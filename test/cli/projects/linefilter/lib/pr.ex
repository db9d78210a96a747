defmodule Pr do
  @moduledoc """
  Probe.

      iex> Pr.hello()
      :world
  """
  def hello, do: :world
  def add(a, b), do: a + b
end
