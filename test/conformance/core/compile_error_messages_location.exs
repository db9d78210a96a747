# CompileError, SyntaxError and TokenMissingError built by a program (raise SyntaxError,
# description: ...): the message is "file:line:column: description" with only the parts that are
# there: no file gives " description", a line of 0 or none the file alone, a column only after a
# line and never for CompileError; a SyntaxError without a file fails in Path.relative_to_cwd/1,
# so Exception.message/1 reports that failure instead.
for mod <- [CompileError, SyntaxError, TokenMissingError], file <- [nil, "a.ex"], line <- [nil, 0, 3], col <- [nil, 5] do
  fields = [file: file, line: line, description: "d"] ++ if(mod == CompileError, do: [], else: [column: col])
  message = mod |> struct(fields) |> Exception.message() |> String.split("\n") |> hd()
  IO.puts("#{inspect(mod)} #{inspect(file)} #{inspect(line)} #{inspect(col)} => #{inspect(message)}")
end

defmodule Reader do
  def read([]), do: raise(SyntaxError, description: "unexpected end of input")
  def read(["(" | _]), do: raise(TokenMissingError, description: "missing )")
  def read([tok | _]), do: raise(CompileError, file: "input", line: 1, description: "bad token #{tok}")
end

for tokens <- [[], ["("], ["?"]] do
  try do
    Reader.read(tokens)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{e |> Exception.message() |> String.split("\n") |> hd()}")
  end
end

raise TokenMissingError, file: "lib/x.ex", line: 4, column: 2, description: "final"
