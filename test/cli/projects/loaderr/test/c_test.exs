defmodule Loaderr.CTest do
  use ExUnit.Case

  test "does not parse" do
    assert (1 + ))
  end
end
