defmodule Loaderr.BTest do
  use ExUnit.Case
  # the module has no docs to test: loading this file fails
  doctest Loaderr.Missing

  @tag :never
  test "never runs" do
    assert true
  end
end
