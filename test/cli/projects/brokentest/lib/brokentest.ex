defmodule Brokentest do
  def hello, do: :world
end
