# Kernel.match?/2 is a case on its value: a value known at compile time that the pattern never
# matches is reported as a plain match's is (with the different types/sizes line when the value
# is only partly known), also inside assert/refute and other expressions; binaries are not
# folded, and a value that matches says nothing
ExUnit.start(autorun: false)

defmodule MatchQuestionLiteralTest do
  use ExUnit.Case

  def partly_known(x), do: match?({:ok, _}, {:error, x})
  def size_differs, do: match?({:ok, _}, {:ok, 1, 2})
  def map_pattern, do: match?(%{}, :x)
  def inside_and, do: match?({:ok, _}, :error) and true
  def inside_if, do: if(match?([_], [1, 2]), do: 1)
  def integer_float, do: match?(1, 1.0)
  def binaries, do: match?("a", "b")
  def matches, do: match?({_, _}, {1, 2})
  def unknown(v), do: match?({:ok, _}, v)

  def bound_before do
    v = :error
    match?({:ok, _}, v)
  end

  test "assert and refute" do
    refute match?({:ok, _}, :error)
    assert match?([_], [1, 2])
  end
end
