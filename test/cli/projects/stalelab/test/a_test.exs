defmodule Stalelab.ATest do
  use ExUnit.Case
  test "a", do: assert(Stalelab.A.a() == 1)
end
