defmodule Stalelab.BTest do
  use ExUnit.Case
  alias Stalelab.B
  test "b", do: assert(B.b() == 2)
end
