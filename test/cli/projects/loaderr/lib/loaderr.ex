defmodule Loaderr do
  def hello, do: :world
end
