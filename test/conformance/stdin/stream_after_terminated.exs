# once a line IO.binread/2 could not translate ended the standard io server, IO.stream/2 fails
# in IO.each_stream/2 with "the file server process is terminated"
IO.binread(:stdio, :line)

try do
  IO.stream(:stdio, :line) |> Enum.to_list()
rescue
  e ->
    frames = for {m, f, a, loc} <- __STACKTRACE__, do: {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
    raise "#{Exception.message(e)} #{inspect(frames)}"
end
