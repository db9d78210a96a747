defmodule Libexpand do
  def ok, do: :ok

  def broken, do: not_defined_here(1)
end
