# 20,000 config lines parsed with Regex.run, then split and rewritten with String.split/replace:
# a real program's first regex calls, where warming up (compiling the Regex module's functions,
# V8 optimising the matcher) is most of the time
defmodule Bench do
  def run(lines) do
    Enum.reduce(lines, {0, 0}, fn l, {kv, len} ->
      kv =
        case Regex.run(~r/^(\w+)\s*=\s*(\w+)/, l) do
          [_, k, v] -> kv + byte_size(k) + byte_size(v)
          nil -> kv
        end

      s = l |> String.split([" = ", " ; "]) |> Enum.join("|") |> String.replace("value", "v")
      {kv, len + String.length(s)}
    end)
  end
end

lines = for i <- 1..20_000, do: "key#{i} = value_#{rem(i, 97)} ; extra #{i * 3}"
{us, r} = :timer.tc(fn -> Bench.run(lines) end)
IO.puts(:stderr, "measured_us #{us}")
IO.puts("regex lines #{inspect(r)}")
