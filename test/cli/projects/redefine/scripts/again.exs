defmodule Redefine do
  def h, do: :h
end

IO.inspect(Redefine.h())
