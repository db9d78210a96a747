# Elixir 1.14 defines SyntaxError, TokenMissingError and CompileError in lib/exception.ex: a
# message/1 that fails (a file that is no path) names its line there in the stack trace
for e <- [%CompileError{file: 1}, %SyntaxError{file: 1}, %TokenMissingError{file: 1}, %SyntaxError{description: "x"}] do
  try do
    e.__struct__.message(e)
  rescue
    x -> IO.inspect({e.__struct__, x.__struct__, Enum.take(__STACKTRACE__, 3)})
  end
end
IO.puts(Exception.message(%SyntaxError{description: "x"}) |> String.split("\n") |> Enum.take(4) |> Enum.join("\n"))
