defmodule KV.Store do
  use GenServer
  def start_link(_), do: GenServer.start_link(__MODULE__, :ok, name: __MODULE__)
  def exec(cmd), do: GenServer.call(__MODULE__, {:exec, cmd})
  @impl true
  def init(:ok), do: {:ok, %{}}
  @impl true
  def handle_call({:exec, line}, _from, db) do
    {reply, db} =
      case String.split(line) do
        ["SET", k, v] -> {"OK", Map.put(db, k, v)}
        ["GET", k] -> {Map.get(db, k, "(nil)"), db}
        ["DEL" | keys] -> {Integer.to_string(Enum.count(keys, &Map.has_key?(db, &1))), Map.drop(db, keys)}
        ["INCR", k] ->
          case Integer.parse(Map.get(db, k, "0")) do
            {n, ""} -> {Integer.to_string(n + 1), Map.put(db, k, Integer.to_string(n + 1))}
            _ -> {"ERR value is not an integer", db}
          end
        ["KEYS", pat] ->
          re = pat |> Regex.escape() |> String.replace("\\*", ".*") |> then(&Regex.compile!("^" <> &1 <> "$"))
          {db |> Map.keys() |> Enum.filter(&Regex.match?(re, &1)) |> Enum.sort() |> Enum.join(" "), db}
        [] -> {"", db}
        [cmd | _] -> {"ERR unknown command '#{String.downcase(cmd)}'", db}
      end
    {:reply, reply, db}
  end
end
{:ok, _} = KV.Store.start_link([])
script = """
SET name ann
GET name
GET missing
INCR visits
INCR visits
SET x notnum
INCR x
SET user:1 a
SET user:2 b
KEYS user:*
KEYS *
DEL name user:1 nope
FLUSH
"""
for line <- String.split(script, "\n", trim: true) do
  IO.puts "> #{line}\n#{KV.Store.exec(line)}"
end
