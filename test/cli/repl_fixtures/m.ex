defmodule Greeter do
  @moduledoc """
  Greets people.
  """

  @doc """
  Says hello to `name`.

  ## Examples

      iex> Greeter.hello("bob")
      "hello bob"
  """
  def hello(name), do: "hello #{name}"
  def bye, do: :bye
end
