# assert/refute of a function call show its arguments when one is not a literal (not for operators, macros, or literals).
ExUnit.start(seed: 0)
defmodule U do
  defstruct [:a]
end
defmodule AT do
  use ExUnit.Case
  def f(x), do: x == 2
  test "1", do: assert String.contains?("abc", "d")
  test "2", do: refute String.contains?("abc", "a")
  test "3", do: assert is_list(%U{})
  test "4", do: assert is_list(%{a: 1})
  test "5", do: assert f(1)
  test "6", do: refute f(2)
  test "7", do: refute is_map(%{})
  test "8" do
    x = 1
    assert is_list(x)
  end
  test "9" do
    x = [1]
    refute Enum.member?(x, 1)
  end
  test "10", do: refute Enum.member?([1], 1)
  test "11", do: refute :erlang.is_map(%{})
  test "12", do: assert Map.has_key?(%{a: 1}, :b)
end
defmodule AT2 do
  use ExUnit.Case
  test "long arg" do
    x = Enum.to_list(1..40) |> Enum.map(&{&1, "value number #{&1}"})
    assert Enum.member?(x, :nope)
  end
  test "pipe" do
    x = [1]
    assert x |> Enum.member?(2)
  end
  test "not" do
    x = [1]
    assert not Enum.member?(x, 1)
  end
  test "remote erlang" do
    x = [1]
    assert :lists.member(2, x)
  end
end
