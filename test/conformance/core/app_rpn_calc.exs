defmodule RPN do
  def eval(expr) do
    expr
    |> String.split()
    |> Enum.reduce_while([], fn tok, stack ->
      case step(tok, stack) do
        {:ok, s} -> {:cont, s}
        {:error, _} = e -> {:halt, e}
      end
    end)
    |> finish()
  end

  defp step(op, [b, a | rest]) when op in ~w(+ - * /) do
    case op do
      "+" -> {:ok, [a + b | rest]}
      "-" -> {:ok, [a - b | rest]}
      "*" -> {:ok, [a * b | rest]}
      "/" when b == 0 -> {:error, :division_by_zero}
      "/" -> {:ok, [div(a, b) | rest]}
    end
  end
  defp step(op, _) when op in ~w(+ - * /), do: {:error, {:underflow, op}}
  defp step("dup", [a | rest]), do: {:ok, [a, a | rest]}
  defp step("swap", [a, b | rest]), do: {:ok, [b, a | rest]}
  defp step(tok, stack) do
    case Integer.parse(tok) do
      {n, ""} -> {:ok, [n | stack]}
      _ -> {:error, {:bad_token, tok}}
    end
  end

  defp finish({:error, _} = e), do: e
  defp finish([v]), do: {:ok, v}
  defp finish(stack), do: {:error, {:leftover, stack}}
end

for e <- ["3 4 +", "5 1 2 + 4 * + 3 -", "2 dup *", "1 2 swap -", "4 0 /", "+", "1 2", "1 x +", "99999999999 99999999999 *"] do
  IO.puts(String.pad_trailing(e, 28) <> inspect(RPN.eval(e)))
end
