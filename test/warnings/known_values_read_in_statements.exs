# A variable bound to a value the compiler knows stays known after statements that only read it
# (a case on it whose value is bound, a match? in a call's argument): the Erlang compiler folds
# the guards there. A statement that binds it again (a match, assert_receive, a call's argument
# matched) makes it unknown again.
defmodule Known do
  def case_value(z) do
    x = {:ok, -1}
    y =
      case x do
        {:ok, n} when n > 0 -> z
        _ -> 2
      end
    IO.inspect(y)
    w = IO.inspect(match?({:ok, n} when n > 0, x))
    v = [match?({:ok, n} when n > 0, x)]
    {w, v}
  end

  def rebound(f) do
    x = {:ok, -1}
    {:ok, _} = x = f.()
    match?({:ok, n} when n > 0, x)
  end

  def rebound_in_argument(f) do
    x = {:ok, -1}
    IO.inspect(x = f.(x))
    match?({:ok, n} when n > 0, x)
  end

  def pinned(f) do
    x = {:ok, -1}
    {^x, _} = f.()
    y = match?({:ok, n} when n > 0, x)
    y
  end

  def clause_patterns(f) do
    x = {:ok, -1}
    r =
      case f.() do
        x -> x
      end
    {r, match?({:ok, n} when n > 0, x)}
  end

  def in_fn(f) do
    x = {:ok, -1}
    g = fn x -> x end
    {g.(f), match?({:ok, n} when n > 0, x)}
  end
end

ExUnit.start(seed: 0)

defmodule KnownTest do
  use ExUnit.Case

  test "assert_receive binds" do
    x = {:ok, -1}
    send(self(), {:ok, 2})
    assert_receive x
    assert match?({:ok, n} when n > 0, x)
  end

  test "read by an assertion" do
    x = {:ok, -1}
    assert x == {:ok, -1}
    refute match?({:ok, n} when n > 0, x)
  end
end

IO.inspect(Known.case_value(1))
IO.inspect(Known.rebound(fn -> {:ok, 3} end))
IO.inspect(Known.rebound_in_argument(fn _ -> {:ok, 3} end))
IO.inspect(Known.pinned(fn -> {{:ok, -1}, 1} end))
IO.inspect(Known.clause_patterns(fn -> 5 end))
IO.inspect(Known.in_fn(1))
