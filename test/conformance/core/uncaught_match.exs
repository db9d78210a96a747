IO.puts("before")
config = %{mode: :test}
{:ok, value} = Map.fetch(config, :port)
IO.puts("not reached #{value}")
