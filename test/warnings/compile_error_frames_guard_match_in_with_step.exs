config = %{port: 4000, host: "localhost"}

with {:ok, host} <- Map.fetch(config, :host),
     {:ok, port} when port = 4000 <- Map.fetch(config, :port) do
  IO.puts("#{host}:#{port}")
end
