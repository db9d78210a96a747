defmodule Libraise do
  def hello, do: :world

  if length([1, 2]) > 1, do: raise("boom in the module body")
end
