defmodule Signup do
  @reserved ~w(admin root system)

  def register(params, existing \\ MapSet.new()) do
    with {:ok, username} <- fetch(params, "username"),
         :ok <- check_username(username, existing),
         {:ok, email} <- fetch(params, "email"),
         [_, domain] <- String.split(email, "@"),
         true <- String.contains?(domain, ".") || {:error, {:email, "domain without a dot"}},
         {:ok, age} <- parse_age(Map.get(params, "age", "18")),
         %{password: pw} when byte_size(pw) >= 8 <- %{password: Map.get(params, "password", "")} do
      {:ok, %{username: username, email: String.downcase(email), age: age}}
    else
      {:error, _} = err -> err
      [_] -> {:error, {:email, "missing @"}}
      [_, _, _ | _] -> {:error, {:email, "too many @"}}
      %{password: _} -> {:error, {:password, "too short"}}
    end
  end

  defp fetch(params, key) do
    case params do
      %{^key => v} when is_binary(v) and v != "" -> {:ok, String.trim(v)}
      %{^key => _} -> {:error, {key, "must be a non-empty string"}}
      _ -> {:error, {key, "is required"}}
    end
  end

  defp check_username(name, existing) do
    cond do
      name in @reserved -> {:error, {"username", "is reserved"}}
      MapSet.member?(existing, name) -> {:error, {"username", "is taken"}}
      not Regex.match?(~r/^[a-z][a-z0-9_]{2,15}$/, name) -> {:error, {"username", "has invalid format"}}
      true -> :ok
    end
  end

  defp parse_age(s) do
    case Integer.parse(s) do
      {n, ""} when n >= 13 -> {:ok, n}
      {n, ""} -> {:error, {"age", "must be at least 13, got #{n}"}}
      _ -> {:error, {"age", "not a number: #{inspect(s)}"}}
    end
  end
end

defmodule Config do
  def load(text) do
    text
    |> String.split("\n", trim: true)
    |> Enum.reject(&String.starts_with?(&1, "#"))
    |> Enum.with_index(1)
    |> Enum.reduce_while({:ok, %{}}, fn {line, n}, {:ok, acc} ->
      with [k, v] <- String.split(line, "=", parts: 2),
           k = String.trim(k),
           {:ok, value} <- cast(k, String.trim(v)) do
        {:cont, {:ok, Map.put(acc, String.to_atom(k), value)}}
      else
        [_] -> {:halt, {:error, "line #{n}: expected key=value"}}
        {:error, msg} -> {:halt, {:error, "line #{n}: #{msg}"}}
      end
    end)
  end

  defp cast("port", v), do: with({p, ""} <- Integer.parse(v), do: {:ok, p}, else: (_ -> {:error, "port must be an integer"}))
  defp cast("debug", v) when v in ["true", "false"], do: {:ok, v == "true"}
  defp cast("debug", _), do: {:error, "debug must be true or false"}
  defp cast(_, v), do: {:ok, v}
end

taken = MapSet.new(["alice"])
cases = [
  %{"username" => "bob_1", "email" => "Bob@Example.com", "age" => "30", "password" => "hunter22!"},
  %{"email" => "x@y.z"},
  %{"username" => "", "email" => "x@y.z"},
  %{"username" => "admin", "email" => "x@y.z"},
  %{"username" => "alice", "email" => "x@y.z"},
  %{"username" => "9lives", "email" => "x@y.z"},
  %{"username" => "carol", "email" => "carol.example.com"},
  %{"username" => "carol", "email" => "a@b@c"},
  %{"username" => "carol", "email" => "carol@localhost"},
  %{"username" => "carol", "email" => "carol@ex.com", "age" => "twelve"},
  %{"username" => "carol", "email" => "carol@ex.com", "age" => "12"},
  %{"username" => "carol", "email" => "carol@ex.com", "password" => "short"},
  %{"username" => "  dave  ", "email" => "dave@ex.com", "password" => "longenough"},
  %{"username" => :dave, "email" => "dave@ex.com"}
]

for params <- cases do
  IO.puts(String.pad_trailing(inspect(Map.get(params, "username")), 10) <> " => " <> inspect(Signup.register(params, taken)))
end

IO.inspect(Config.load("# app\nhost = example.org\nport= 8080\ndebug=true\n"))
IO.inspect(Config.load("host=x\nport=80a\n"))
IO.inspect(Config.load("host=x\ndebug=yes"))
IO.inspect(Config.load("host=x\njunk\n"))
IO.inspect(Config.load("url=http://a.b/?q=1\n"))

result =
  with {:ok, a} <- {:ok, 1},
       b = a + 1,
       {:ok, c} when c > b <- {:ok, b * 10} do
    a + b + c
  end
IO.inspect(result, label: "plain with")
IO.inspect(with({:ok, x} <- :error, do: x), label: "no else passes through")
try do
  with {:ok, x} <- {:error, :nope} do
    x
  else
    {:error, :other} -> :handled
  end
rescue
  e in WithClauseError -> IO.puts("WithClauseError: " <> Exception.message(e))
end
