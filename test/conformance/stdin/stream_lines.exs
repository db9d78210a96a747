# a filter: count words per line, as `wc -w` per line
IO.stream(:stdio, :line)
|> Stream.map(&String.trim_trailing(&1, "\n"))
|> Stream.with_index(1)
|> Enum.each(fn {line, i} -> IO.puts("#{i}: #{length(String.split(line))} #{inspect(line)}") end)

IO.inspect(IO.gets("after? "))
IO.inspect(IO.read(:stdio, :all))
