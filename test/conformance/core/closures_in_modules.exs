defmodule Validators do
  def min_length(n), do: fn s -> String.length(s) >= n || {:error, "at least #{n} chars"} end
  def contains(sub), do: fn s -> String.contains?(s, sub) || {:error, "must contain #{inspect(sub)}"} end
  def not_equal(bad), do: fn s -> s != bad || {:error, "cannot be #{bad}"} end

  def validate(value, rules) do
    Enum.reduce(rules, [], fn rule, errs ->
      case rule.(value) do
        true -> errs
        {:error, msg} -> [msg | errs]
      end
    end)
    |> Enum.reverse()
  end
end

rules = [Validators.min_length(8), Validators.contains("!"), Validators.not_equal("password!")]
for pw <- ["short", "longer but plain", "password!", "g00d-one!"] do
  case Validators.validate(pw, rules) do
    [] -> IO.puts("#{pw}: ok")
    errs -> IO.puts("#{pw}: " <> Enum.join(errs, "; "))
  end
end
