# IO.binstream/2 over input past Latin-1 fails in IO.each_binstream/2 with the reason as
# :file.format_error/1 words it
try do
  IO.binstream(:stdio, 2) |> Enum.to_list()
rescue
  e ->
    IO.puts(Exception.message(e))
    for {m, f, a, loc} <- __STACKTRACE__, do: IO.inspect({m, f, if(is_list(a), do: length(a), else: a), loc[:line]})
end
