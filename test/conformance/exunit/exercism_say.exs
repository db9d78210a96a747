defmodule Say do
  @small ~w(zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen)
  @tens ~w(_ _ twenty thirty forty fifty sixty seventy eighty ninety)
  @scales [{1_000_000_000, "billion"}, {1_000_000, "million"}, {1_000, "thousand"}]

  def in_english(n) when n < 0 or n > 999_999_999_999, do: {:error, "number is out of range"}
  def in_english(n), do: {:ok, say(n)}

  defp say(n) when n < 20, do: Enum.at(@small, n)
  defp say(n) when n < 100 do
    t = Enum.at(@tens, div(n, 10))
    if rem(n, 10) == 0, do: t, else: "#{t}-#{say(rem(n, 10))}"
  end
  defp say(n) when n < 1000 do
    h = "#{say(div(n, 100))} hundred"
    if rem(n, 100) == 0, do: h, else: "#{h} #{say(rem(n, 100))}"
  end
  defp say(n) do
    {s, name} = Enum.find(@scales, fn {s, _} -> n >= s end)
    head = "#{say(div(n, s))} #{name}"
    if rem(n, s) == 0, do: head, else: "#{head} #{say(rem(n, s))}"
  end
end

ExUnit.start(seed: 31)
ExUnit.configure(exclude: :pending, trace: true)

defmodule SayTest do
  use ExUnit.Case

  test "zero" do
    assert Say.in_english(0) == {:ok, "zero"}
  end

  test "fourteen" do
    assert Say.in_english(14) == {:ok, "fourteen"}
  end

  test "a big number" do
    assert Say.in_english(987_654_321_123) == {:ok, "nine hundred eighty-seven billion six hundred fifty-four million three hundred twenty-one thousand one hundred twenty-three"}
  end

  test "wrong big number" do
    assert Say.in_english(987_654_321_123) == {:ok, "nine hundred eighty-seven billion six hundred fifty-four million three hundred twenty one thousand one hundred twenty-three"}
  end

  test "numbers below zero are out of range" do
    assert Say.in_english(-1) == {:error, "number is out of range"}
  end

  test "tuple mismatch" do
    assert Say.in_english(1_000_000_000_000) == {:ok, "one trillion"}
  end

  test "pattern mismatch" do
    assert {:ok, "one " <> _} = Say.in_english(2000)
  end

  test "pattern with guard-like pin" do
    expected = "two thousand"
    assert {:error, ^expected} = Say.in_english(2000)
  end
end
