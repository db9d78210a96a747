# An INI parser: a defexception with message/1, cond with binding clauses (Regex named captures),
# put_in on nested maps, raise/rescue/after, Stream.iterate, zip_with, dates, an uncaught raise
defmodule ParseError do
  defexception [:line, :reason]
  @impl true
  def message(%{line: l, reason: r}), do: "line #{l}: #{r}"
end

defmodule Ini do
  @section ~r/^\[(?<name>[a-z_]+)\]$/
  @pair ~r/^(?<key>\w+)\s*=\s*(?<value>.*)$/

  def parse!(text) do
    {sections, _} =
      text
      |> String.split("\n", trim: true)
      |> Enum.with_index(1)
      |> Enum.reduce({%{}, nil}, &line/2)
    sections
  end

  defp line({raw, n}, {acc, current}) do
    text = String.trim(raw)
    cond do
      text == "" or String.starts_with?(text, ";") -> {acc, current}
      m = Regex.named_captures(@section, text) -> {Map.put_new(acc, m["name"], %{}), m["name"]}
      current == nil -> raise ParseError, line: n, reason: "pair outside a section"
      m = Regex.named_captures(@pair, text) -> {put_in(acc, [current, m["key"]], cast(m["value"])), current}
      true -> raise ParseError, line: n, reason: "bad line #{inspect(text)}"
    end
  end

  defp cast(v) do
    case Integer.parse(v) do
      {i, ""} -> i
      _ when v in ~w(true false) -> v == "true"
      _ -> v
    end
  end
end

text = """
; settings
[server]
host = example.org
port = 8080
debug = false

[paths]
root = /srv/www
"""
IO.inspect(Ini.parse!(text))
for bad <- ["x = 1", "[a]\n??"] do
  try do
    Ini.parse!(bad)
  rescue
    e in ParseError -> IO.puts("error: " <> Exception.message(e))
  after
    IO.puts("checked #{inspect(bad)}")
  end
end
counts = Stream.iterate({0, 1}, fn {a, b} -> {b, a + b} end) |> Stream.map(&elem(&1, 0)) |> Stream.take_while(&(&1 < 100)) |> Enum.to_list()
IO.inspect(counts)
IO.inspect(Enum.zip_with([1, 2, 3], [:a, :b, :c], &{&2, &1 * 2}) |> Keyword.new() |> Keyword.update!(:b, &(&1 + 1)))
IO.inspect(~D[2024-02-28] |> Date.add(2) |> then(&{&1, Date.day_of_week(&1), Date.leap_year?(&1)}))
unless Map.has_key?(%{a: 1}, :b), do: IO.puts("no b")
IO.inspect(Enum.map_join(1..5, "-", &Integer.to_string(&1 * &1)))
IO.inspect(String.split("a1b22c333", ~r/\d+/, include_captures: true, trim: true))
{q, r} = {div(17, 5), rem(17, 5)}
IO.puts("17 = 5 * #{q} + #{r}")
IO.inspect(Enum.scan(1..5, &(&1 * &2)))
IO.inspect(List.foldr([1, 2, 3], [], fn x, acc -> [x * 2 | acc] end))
Ini.parse!("[s]\n!!")
