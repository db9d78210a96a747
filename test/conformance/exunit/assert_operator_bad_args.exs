# =~ and ** on arguments of the wrong type fail as Kernel's functions do: a FunctionClauseError
# of Kernel.=~/2, Regex.match?/2 or Kernel.**/2 with Elixir's clauses, not an ArgumentError
ExUnit.start(seed: 0)

defmodule Missing do
  def message(key) do
    e = %KeyError{key: key}
    e.message
  end
end

defmodule OperatorArgsTest do
  use ExUnit.Case

  test "=~ with nil on the left (an exception's unset message)" do
    assert Missing.message(:phone) =~ "not found"
  end

  test "=~ with nil against a regex" do
    x = Enum.random([nil])
    assert x =~ ~r/a/
  end

  test "=~ with an integer on the right" do
    x = Enum.random(["a"])
    assert x =~ 1
  end

  test "** with a string" do
    x = Enum.random(["a"])
    assert x ** 2
  end

  test "=~ and ** still work" do
    assert "abc" =~ "b"
    assert "abc" =~ ~r/^a/
    assert "abc" =~ ""
    assert 2 ** 10 == 1024
    assert 2.0 ** -1 == 0.5
  end
end

defmodule Outside do
  def run do
    for {l, r} <- [{nil, "x"}, {:a, ~r/a/}, {"a", %{}}, {"a", :b}] do
      try do
        l =~ r
      rescue
        e -> IO.inspect({e.__struct__, e.module, e.function, hd(__STACKTRACE__) |> elem(2)})
      end
    end
  end
end

Outside.run()
