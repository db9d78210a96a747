defmodule Libparse do
  def ok, do: :ok

  def broken do
    x =
  end
end
