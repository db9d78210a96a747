defmodule PathdepTest do
  use ExUnit.Case

  test "the dependency's modules are there" do
    assert Pathdep.item() == %Helper.Item{name: "apple", qty: 6}
    assert Helper.greeting() == "hello from the project's config"
  end

  test "a failing call into the dependency" do
    assert Util.sum([1, 2]) == 4
  end
end
