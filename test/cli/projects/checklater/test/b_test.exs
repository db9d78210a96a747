defmodule BTest do
  use ExUnit.Case
  alias Checklater.Unused

  test "b" do
    assert Checklater.Other.g() == :g
  end
end
