defmodule Longcompile.Quick do
  def x, do: :quick
end
