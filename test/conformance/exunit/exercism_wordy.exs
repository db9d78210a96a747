defmodule Wordy do
  def answer(question) do
    case Regex.run(~r/^What is (.+)\?$/, question) do
      [_, body] -> body |> String.split() |> parse()
      nil -> raise ArgumentError
    end
  end
  defp parse([n | rest]), do: eval(String.to_integer(n), rest)
  defp eval(acc, []), do: acc
  defp eval(acc, ["plus", n | r]), do: eval(acc + String.to_integer(n), r)
  defp eval(acc, ["minus", n | r]), do: eval(acc - String.to_integer(n), r)
  defp eval(acc, ["multiplied", "by", n | r]), do: eval(acc * String.to_integer(n), r)
  defp eval(acc, ["divided", "by", n | r]), do: eval(div(acc, String.to_integer(n)), r)
  defp eval(_, _), do: raise(ArgumentError, "unknown operation")
end

ExUnit.start(seed: 13)
ExUnit.configure(exclude: :pending, trace: true)

defmodule WordyTest do
  use ExUnit.Case

  test "addition" do
    assert 2 == Wordy.answer("What is 1 plus 1?")
  end

  test "large addition" do
    assert 2 == Wordy.answer("What is 1 plus 2?")
  end

  test "division by zero" do
    assert Wordy.answer("What is 1 divided by 0?") == 0
  end

  test "reject problem missing an operand" do
    assert_raise ArgumentError, fn -> Wordy.answer("What is 1 plus?") end
  end

  test "non math question" do
    assert_raise ArgumentError, "unknown operation", fn -> Wordy.answer("Who is the President of the United States?") end
  end

  test "bad number" do
    Wordy.answer("What is 1 plus two?")
  end

  test "catch_error" do
    e = catch_error(Wordy.answer("What is 1 plus two?"))
    assert e == %ArgumentError{message: "nope"}
  end

  test "catch_error no error" do
    catch_error(Wordy.answer("What is 1 plus 2?"))
  end
end
