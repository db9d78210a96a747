defmodule BinTree do
  @type t :: %BinTree{value: any, left: t() | nil, right: t() | nil}
  defstruct [:value, :left, :right]
end

defimpl Inspect, for: BinTree do
  import Inspect.Algebra
  def inspect(%BinTree{value: value, left: left, right: right}, opts) do
    concat(["(", to_doc(value, opts),
      ":", if(left, do: to_doc(left, opts), else: ""),
      ":", if(right, do: to_doc(right, opts), else: ""), ")"])
  end
end

defmodule Zipper do
  defstruct [:focus, trail: []]
  def from_tree(t), do: %Zipper{focus: t}
  def to_tree(%Zipper{focus: f, trail: []}), do: f
  def to_tree(z), do: z |> up() |> to_tree()
  def value(%Zipper{focus: f}), do: f.value
  def left(%Zipper{focus: %{left: nil}}), do: nil
  def left(%Zipper{focus: f, trail: t}), do: %Zipper{focus: f.left, trail: [{:left, f} | t]}
  def right(%Zipper{focus: %{right: nil}}), do: nil
  def right(%Zipper{focus: f, trail: t}), do: %Zipper{focus: f.right, trail: [{:right, f} | t]}
  def up(%Zipper{trail: []}), do: nil
  def up(%Zipper{focus: f, trail: [{:left, p} | t]}), do: %Zipper{focus: %{p | left: f}, trail: t}
  def up(%Zipper{focus: f, trail: [{:right, p} | t]}), do: %Zipper{focus: %{p | right: f}, trail: t}
  def set_value(%Zipper{focus: f} = z, v), do: %{z | focus: %{f | value: v}}
end

ExUnit.start(seed: 4)
ExUnit.configure(exclude: :pending, trace: true)

defmodule ZipperTest do
  import Zipper
  use ExUnit.Case

  defp bt(value, left, right), do: %BinTree{value: value, left: left, right: right}
  defp leaf(value), do: %BinTree{value: value}
  defp t1, do: bt(1, bt(2, nil, leaf(3)), leaf(4))
  defp t2, do: bt(1, bt(5, nil, leaf(3)), leaf(4))

  test "data is retained" do
    assert t1() |> from_tree |> to_tree == t1()
  end

  test "left, right and value" do
    assert t1() |> from_tree |> left |> right |> value == 3
  end

  test "set_value" do
    assert t1() |> from_tree |> left |> set_value(5) |> to_tree == t2()
  end

  test "wrong tree" do
    assert t1() |> from_tree |> left |> set_value(6) |> to_tree == t2()
  end

  test "dead end" do
    assert t1() |> from_tree |> left |> left == nil
    assert t1() |> from_tree |> left |> left |> value == 1
  end

  test "zipper diff" do
    assert t1() |> from_tree |> left == %Zipper{focus: leaf(2), trail: []}
  end
end
