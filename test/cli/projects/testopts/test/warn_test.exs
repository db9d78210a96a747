defmodule WarnTest do
  use ExUnit.Case

  test "passes with an unused variable" do
    x = 1
  end
end
