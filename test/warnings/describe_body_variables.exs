# An ExUnit describe block's body is a fn's (Elixir 1.14 runs it through
# ExUnit.Callbacks.__describe__/4): it reads the module body's variables, and the variables it
# binds are its own, reported unused as the module's
ExUnit.start(seed: 0)

defmodule DescribeVarsTest do
  use ExUnit.Case
  base = 5
  shared = 1

  describe "group" do
    unused = 1
    derived = base * 2
    @describetag size: derived
    test "sized", %{size: size}, do: assert(size == 10)
  end

  describe "other" do
    shared = 2
    test "plain", do: :ok
  end
end
