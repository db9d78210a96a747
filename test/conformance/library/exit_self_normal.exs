# exit(self(), :normal) ends the script's process: elixir reports it (** (EXIT from ...) normal) and exits 1
IO.puts("before")

try do
  Process.exit(self(), :normal)
catch
  k, v -> IO.inspect({:caught, k, v})
end

IO.puts("after")
