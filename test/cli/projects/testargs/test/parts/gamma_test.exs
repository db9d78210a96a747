defmodule GammaTest do
  use ExUnit.Case

  test "empty", do: assert(Testargs.slug("") == "")
end
