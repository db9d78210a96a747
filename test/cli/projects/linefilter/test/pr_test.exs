defmodule PrTest do
  use ExUnit.Case
  doctest Pr

  @moduletag :unit

  describe "add/2" do
    test "adds" do
      assert Pr.add(1, 2) == 3
    end

    @tag :slow
    test "adds slowly" do
      Process.sleep(10)
      assert Pr.add(1, 2) == 4
    end
  end

  describe "hello/0" do
    @describetag :greet
    test "greets the world" do
      assert Pr.hello() == :world
    end

    @tag skip: "not yet"
    test "skipped" do
      flunk "no"
    end
  end

  @tag timeout: 100
  test "takes time" do
    Process.sleep(300)
  end
end

defmodule PrSleepTest do
  use ExUnit.Case

  test "sleeps 250ms" do
    Process.sleep(250)
  end
end
