defmodule Libnostruct do
  def ok, do: :ok

  # a struct of a module another file defines is fine
  def point, do: %Libnostruct.Point{}

  def broken, do: %Nope{}
end
