# a function in :only without doctests (undocumented, private, @doc false or excluded) is an error
defmodule UndefinedOnlyTest do
  use ExUnit.Case
  doctest Textkit, only: [hidden: 0, nope: 1, pad: 1, count: 1], except: [zzz: 3, count: 1]
end
