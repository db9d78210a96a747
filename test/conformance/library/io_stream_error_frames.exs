# IO.StreamError.exception/1's frames name the lines of lib/io/stream.ex's body where Elixir's
# makes its calls: opts[:reason] at line 6, :file.format_error/1 at line 7.
try do
  IO.StreamError.exception(reason: :x) |> IO.inspect()
  IO.StreamError.exception(1)
rescue
  _ -> IO.inspect(Enum.take(__STACKTRACE__, 2))
end
try do
  IO.StreamError.exception(reason: {1, :no_such_module_here, :r})
rescue
  _ -> IO.inspect(Enum.take(__STACKTRACE__, 3))
end
IO.StreamError.exception(reason: {1, :no_such_module_here, :r})
