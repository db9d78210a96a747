ExUnit.start(seed: 2024)

defmodule Roman do
  @numerals [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
             {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]

  def encode(0), do: ""
  def encode(n) when is_integer(n) and n > 0 and n < 4000 do
    {value, letters} = Enum.find(@numerals, fn {v, _} -> v <= n end)
    letters <> encode(n - value)
  end

  def decode(""), do: 0
  def decode(string) do
    case Enum.find(@numerals, fn {_, l} -> String.starts_with?(string, l) end) do
      {value, letters} -> value + decode(binary_part(string, byte_size(letters), byte_size(string) - byte_size(letters)))
      nil -> raise ArgumentError, "invalid numeral: #{inspect(string)}"
    end
  end
end

defmodule RomanTest do
  use ExUnit.Case, async: true

  @cases %{1 => "I", 4 => "IV", 9 => "IX", 14 => "XIV", 40 => "XL", 1994 => "MCMXCIV", 2024 => "MMXXIV"}

  describe "encode/1" do
    for {n, roman} <- @cases do
      @n n
      @roman roman
      test "encodes #{n} as #{roman}" do
        assert Roman.encode(@n) == @roman
      end
    end

    # one broken expectation, generated the same way
    for {n, roman} <- [{3, "IIII"}] do
      test "encodes #{n} (broken)" do
        assert Roman.encode(unquote(n)) == unquote(roman)
      end
    end

    test "rejects zero and negatives" do
      assert Roman.encode(0) == ""
      assert_raise FunctionClauseError, fn -> Roman.encode(-1) end
    end

    test "rejects too large, wrong error" do
      assert_raise ArgumentError, fn -> Roman.encode(4000) end
    end
  end

  describe "decode/1" do
    @describetag :decode

    setup :load_cases

    defp load_cases(_context), do: %{cases: @cases}

    test "round trips", %{cases: cases} do
      for {n, roman} <- cases do
        assert Roman.decode(roman) == n, "failed on #{roman}"
      end
    end

    test "invalid numerals raise with message" do
      assert_raise ArgumentError, "invalid numeral: \"ABC\"", fn -> Roman.decode("ABC") end
    end

    test "wrong message" do
      assert_raise ArgumentError, "invalid numeral: ABC", fn -> Roman.decode("ABC") end
    end

    test "custom failure message", %{cases: cases} do
      assert map_size(cases) > 10, "expected more than 10 cases, got #{map_size(cases)}"
    end

    test "tags visible in context", context do
      assert context.decode == true
      assert context.describe == "decode/1"
      assert context.test == :"test decode/1 tags visible in context"
      assert context.describe_line == 52
    end
  end

  test "unexpected raise inside helper" do
    Roman.decode("Z")
  end

  test "assert_in_delta and refute" do
    assert_in_delta 1994 / 3, 664.6, 0.1
    refute Roman.encode(5) == "V"
  end
end
