defmodule Loaderr.DTest do
  use ExUnit.Case

  test "calls what is not there" do
    assert undefined_thing(1)
  end
end
