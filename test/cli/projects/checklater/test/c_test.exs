defmodule CTest do
  use ExUnit.Case

  test "c", do: assert(Checklater.f(1))
end
