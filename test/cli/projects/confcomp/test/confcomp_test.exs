defmodule ConfcompTest do
  use ExUnit.Case

  test "the module body read the test configuration" do
    assert {Confcomp.greeting(), Confcomp.limit()} == {"hello", 5}
  end

  test "a failure shows it" do
    assert Confcomp.limit() == 3
  end
end
