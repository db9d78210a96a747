defmodule Notests do
  def hello, do: :world
end
