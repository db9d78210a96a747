defmodule Signup do
  def validate_name(%{"name" => n}) when byte_size(n) > 0, do: {:ok, n}
  def validate_name(_), do: {:error, :missing_name}
  def validate_age(%{"age" => a}) when is_integer(a) and a >= 18, do: {:ok, a}
  def validate_age(%{"age" => _}), do: {:error, :too_young}
  def validate_age(_), do: {:error, :missing_age}

  def run(params) do
    with {:ok, name} <- validate_name(params),
         {:ok, age} <- validate_age(params),
         greeting = "welcome #{name}",
         true <- age < 150 || {:error, :implausible} do
      {:ok, greeting, age}
    else
      {:error, :too_young} -> {:rejected, "come back later"}
      {:error, reason} -> {:error, reason}
    end
  end
end

IO.inspect(Signup.run(%{"name" => "Zoe", "age" => 30}))
IO.inspect(Signup.run(%{"name" => "", "age" => 30}))
IO.inspect(Signup.run(%{"name" => "Kid", "age" => 9}))
IO.inspect(Signup.run(%{"name" => "Old", "age" => 200}))
IO.inspect(Signup.run(%{"name" => "NoAge"}))
r = with {:ok, a} <- {:ok, 1}, {:ok, b} <- {:ok, a + 1}, do: a + b
IO.inspect(r)
r2 = with {:ok, a} <- {:error, :first}, do: a
IO.inspect(r2)
r3 = with x when x > 5 <- 3, do: :big
IO.inspect(r3)
try do
  with {:ok, v} <- {:other, 1} do
    v
  else
    {:error, _} -> :err
  end
rescue
  e in WithClauseError -> IO.puts(Exception.message(e)); IO.inspect(e)
end
