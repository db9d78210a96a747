defmodule DeltaTest do
  use ExUnit.Case

  test "never loaded", do: flunk("a .ex file is not a test file")
end
