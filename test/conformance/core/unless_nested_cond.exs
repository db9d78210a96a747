defmodule Fizz do
  def buzz(n) do
    cond do
      rem(n, 15) == 0 -> "FizzBuzz"
      rem(n, 3) == 0 -> "Fizz"
      rem(n, 5) == 0 -> "Buzz"
      true -> Integer.to_string(n)
    end
  end

  def describe(n) do
    unless is_integer(n) do
      "not an integer"
    else
      if n < 0 do
        "negative"
      else
        cond do
          n == 0 -> "zero"
          n < 10 -> if(rem(n, 2) == 0, do: "small even", else: "small odd")
          true -> "big"
        end
      end
    end
  end
end

IO.puts(1..20 |> Enum.map(&Fizz.buzz/1) |> Enum.join(" "))
for v <- [-1, 0, 4, 7, 99, :x], do: IO.puts("#{inspect(v)}: #{Fizz.describe(v)}")
