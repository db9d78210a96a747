defmodule Testopts do
  def one, do: 1
end
