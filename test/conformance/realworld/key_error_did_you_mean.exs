# KeyError's blame (what elixir and ExUnit print for an uncaught one): an atom key missing from a
# map of atom keys or a keyword list names the keys close to it; Exception.message does not
defmodule AppConfig do
  def fetch(opts, key), do: Keyword.fetch!(opts, key)
end

blamed = fn f ->
  try do
    f.()
  rescue
    e ->
      IO.puts(Exception.message(e))
      {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
      IO.inspect(blamed.message)
  end
end

blamed.(fn -> %{start: 1, stop: 2, restart: 3}.strat end)
blamed.(fn -> AppConfig.fetch([alpha: 1, alpah: 2, beta: 3, alphabet: 4, alp: 5, alpha1: 6, alpha2: 7], :alpha0) end)
blamed.(fn -> Map.fetch!(%{"start" => 1, start: 2}, :strat) end)
blamed.(fn -> Map.fetch!(%{start: 1}, "start") end)
blamed.(fn -> Map.fetch!(%{start: 1}, :zzzzzz) end)
blamed.(fn -> raise KeyError, key: :strt, term: [start: 1], message: "given message" end)
blamed.(fn -> raise KeyError, key: :strt end)
blamed.(fn -> Keyword.fetch!([verbose: true], :verbos) end)

settings = %{timeout: 5000, retries: 3, name: "svc"}
IO.puts("settings: #{settings.timout}")
