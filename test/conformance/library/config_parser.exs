# An INI-style config parser with sections, typed values, defaults and validation errors.
defmodule Ini do
  def parse(text) do
    text
    |> String.split(~r/\R/)
    |> Enum.with_index(1)
    |> Enum.reduce_while({:ok, %{}, nil}, fn {line, n}, {:ok, acc, section} ->
      case classify(String.trim(line)) do
        :skip -> {:cont, {:ok, acc, section}}
        {:section, name} -> {:cont, {:ok, Map.put_new(acc, name, %{}), name}}
        {:pair, _k, _v} when section == nil -> {:halt, {:error, {n, "key outside of a section"}}}
        {:pair, k, v} -> {:cont, {:ok, Map.update!(acc, section, &Map.put(&1, k, cast(v))), section}}
        :invalid -> {:halt, {:error, {n, "cannot parse: #{inspect(line)}"}}}
      end
    end)
    |> case do
      {:ok, acc, _} -> {:ok, acc}
      error -> error
    end
  end

  defp classify(""), do: :skip
  defp classify(";" <> _), do: :skip
  defp classify("#" <> _), do: :skip

  defp classify("[" <> rest) do
    case String.split(rest, "]", parts: 2) do
      [name, ""] -> {:section, String.trim(name)}
      _ -> :invalid
    end
  end

  defp classify(line) do
    case String.split(line, "=", parts: 2) do
      [k, v] -> {:pair, String.trim(k), String.trim(v)}
      _ -> :invalid
    end
  end

  defp cast(v) do
    cond do
      v in ~w(true yes on) -> true
      v in ~w(false no off) -> false
      v =~ ~r/^-?\d+$/ -> String.to_integer(v)
      v =~ ~r/^-?\d+\.\d+$/ -> String.to_float(v)
      String.starts_with?(v, "\"") and String.ends_with?(v, "\"") -> String.slice(v, 1..-2)
      String.contains?(v, ",") -> v |> String.split(",") |> Enum.map(&String.trim/1)
      true -> v
    end
  end
end

config = """
; server settings
[server]
host = example.org
port = 8080
debug = off
ratio = 0.75

[database]
# credentials
user = "admin user"
pool = 10
replicas = db1, db2 , db3
timeout = -1
"""

{:ok, cfg} = Ini.parse(config)
IO.inspect(cfg)
IO.inspect(get_in(cfg, ["database", "replicas"]))
IO.inspect(get_in(cfg, ["server", "missing"]) || :default)
defaults = %{"server" => %{"port" => 80, "workers" => 4}}
merged = Map.merge(defaults, cfg, fn _k, a, b -> Map.merge(a, b) end)
IO.inspect(merged["server"])
IO.inspect(Ini.parse("x = 1\n[s]\n"))
IO.inspect(Ini.parse("[s]\nok = 1\n[broken\n"))
IO.inspect(Ini.parse("[s]\r\na=1\r\nb = two words\r\n"))
IO.inspect(cfg |> Enum.flat_map(fn {s, kv} -> Enum.map(kv, fn {k, _} -> "#{s}.#{k}" end) end) |> Enum.sort())
