defmodule Stalelab.CTest do
  use ExUnit.Case
  test "c", do: assert(Stalelab.C.c() == 3)
end
