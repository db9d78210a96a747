defmodule ZetaTest do
  use ExUnit.Case, async: true
  test "one", do: Modorder.ran(__MODULE__, "one")
  test "two", do: Modorder.ran(__MODULE__, "two")
  test "three", do: Modorder.ran(__MODULE__, "three")
end
