ExUnit.start(seed: 0)
defmodule CalcTest do
  use ExUnit.Case, async: true
  doctest Nope
end
