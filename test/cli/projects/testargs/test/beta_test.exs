defmodule BetaTest do
  use ExUnit.Case

  @tag :slow
  test "trims", do: assert(Testargs.slug("  x  ") == "x")
end
