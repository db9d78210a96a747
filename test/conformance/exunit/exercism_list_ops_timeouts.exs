defmodule ListOps do
  def count(l), do: foldl(l, 0, fn _, acc -> acc + 1 end)
  def reverse(l), do: foldl(l, [], &[&1 | &2])
  def map(l, f), do: for(x <- l, do: f.(x))
  def filter(l, f), do: for(x <- l, f.(x), do: x)
  def foldl([], acc, _), do: acc
  def foldl([h | t], acc, f), do: foldl(t, f.(h, acc), f)
  def foldr(l, acc, f), do: l |> reverse() |> foldl(acc, f)
  def append(a, b), do: foldr(a, b, &[&1 | &2])
  def concat(ll), do: foldr(ll, [], &append/2)
  # deliberately slow
  def slow_reverse([]), do: []
  def slow_reverse([h | t]), do: slow_reverse(t) ++ [h]
  def forever(n), do: forever(n + 1)
end

ExUnit.start(seed: 44)
ExUnit.configure(exclude: :pending)

defmodule ListOps2Test do
  alias ListOps, as: L
  use ExUnit.Case

  defp odd?(n), do: rem(n, 2) == 1

  test "count of huge list" do
    assert L.count(Enum.to_list(1..100_000)) == 100_000
  end

  test "reverse of huge list" do
    assert L.reverse(Enum.to_list(1..100_000)) == Enum.to_list(100_000..1)
  end

  test "filter" do
    assert L.filter([1, 2, 3, 5], &odd?/1) == [1, 3, 5]
  end

  test "concat of list of lists" do
    assert L.concat([[1, 2], [3], [], [4, 5, 6]]) == [1, 2, 3, 4, 5, 6]
  end


  @tag timeout: 200
  test "receive times out" do
    receive do
      :never -> :ok
    end
  end

  @tag timeout: 250
  test "sleep times out" do
    Process.sleep(1000)
  end

  test "flunk" do
    flunk("not implemented")
  end

  test "throw" do
    throw({:oops, 1})
  end

  test "exit" do
    exit(:shutdown)
  end

  test "exit normal" do
    exit(:normal)
  end

  test "raise string" do
    raise "plain"
  end

  test "nothing raised" do
    assert_raise RuntimeError, fn -> L.count([1]) end
  end
end
