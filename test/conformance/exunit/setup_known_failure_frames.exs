# A setup whose body fails in a way OTP's compiler knows (a match of literals that differ, Map.fetch!
# of a literal map without the key, hd([])) never returns: its caller (__ex_unit__/2, a describe's
# __ex_unit_describe_N/1) called it last, and its frame is gone. Failures only known at run time keep it.
ExUnit.start(seed: 0)
defmodule H do
  def boom(x), do: raise(ArgumentError, "boom #{x}")
  def id(x), do: x
end
defmodule Fr1Test do
  use ExUnit.Case
  describe "a" do
    setup do
      H.boom(1)
      :ok
    end
    test "x", do: :ok
  end
  describe "b" do
    setup ctx do
      {:ok, v} = H.id({:error, ctx.test})
      [v: v]
    end
    test "y", do: :ok
  end
  describe "c" do
    setup do
      {:ok, v} = {:error, 1}
      [v: v]
    end
    test "z", do: :ok
  end
  describe "d" do
    setup do
      Map.fetch!(H.id(%{}), :k)
    end
    test "w", do: :ok
  end
  describe "e" do
    setup do
      Map.fetch!(%{}, :k)
    end
    test "v", do: :ok
  end
  describe "f" do
    setup do
      _ = hd(H.id([]))
      :ok
    end
    test "u", do: :ok
  end
end
defmodule Fr2Test do
  use ExUnit.Case
  setup_all do
    Map.fetch!(H.id(%{}), :k)
  end
  test "t", do: :ok
end
defmodule Fr3Test do
  use ExUnit.Case
  setup_all do
    {:ok, _} = {:error, 2}
    :ok
  end
  test "t", do: :ok
end
defmodule Fr4Test do
  use ExUnit.Case
  setup do
    {:ok, _} = {:error, 2}
    :ok
  end
  test "t", do: :ok
end
