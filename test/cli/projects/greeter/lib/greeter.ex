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

  @doc "Shouts a greeting to a name given as a string."
  def shout(name) when is_binary(name), do: String.upcase("hello, #{name}!")
end
