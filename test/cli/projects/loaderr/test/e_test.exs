defmodule Loaderr.ETest do
  use ExUnit.Case

  def helper, do: :world

  test "bare names", ctx do
    assert helper == :world
  end

  test "a typo" do
    x = 1
    assert hepler == :world
  end
end
