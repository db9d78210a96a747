defmodule InnerTest do
  use ExUnit.Case, async: true
  test "x", do: Modorder.ran(__MODULE__, "x")
  test "y", do: Modorder.ran(__MODULE__, "y")
end

defmodule Inner2Test do
  use ExUnit.Case
  test "x", do: Modorder.ran(__MODULE__, "x")
end
