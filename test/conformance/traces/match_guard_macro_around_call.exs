# a call no guard may make, inside and/2 in the guard of match?'s pattern (as in an ExUnit
# `assert match?(...)`): the and/2 expansion shows, then match?'s and their caller
defmodule Names do
  def valid?(name), do: match?(n when is_binary(n) and String.valid?(n), name)
end
