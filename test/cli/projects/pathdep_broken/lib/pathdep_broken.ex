defmodule PathdepBroken do
  def hello, do: :world
end
