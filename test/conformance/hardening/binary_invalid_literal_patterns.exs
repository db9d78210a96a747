# A list or an atom written as a segment of a binary pattern is a CompileError when Elixir expands
# it, before any other check of the pattern's segments (a binary field without size not last).
cases = [
  "<<:a>> = \"a\"", "<<[1]>> = <<1>>", "<<nil, _::binary>> = <<1>>", "<<:a::binary, _::binary>> = <<1>>",
  "<<[]::bits, _::binary>> = <<1>>", "<<1, :a>> = <<1, 2>>", "match?(<<true>>, <<1>>)",
  "case <<1>> do <<[x]>> -> x; _ -> :no end", "f = fn <<:b>> -> 1 end\nf.(<<1>>)", "<<1>> = <<1>>"
]

for src <- cases do
  try do
    IO.inspect(Code.eval_string(src) |> elem(0), label: src)
  rescue
    e in CompileError -> IO.puts("#{inspect(src)}: #{Exception.message(e)}")
  end
end
