# A list or an atom written as a segment of <<>> is a CompileError when Elixir expands it (a keyword
# list after a comma, a charlist, nil, true), with or without a type; other terms fail at run time.
cases = [
  "<<1, a: 1>>", "<<[1]>>", "<<:a>>", "<<nil>>", "<<[]>>", "<<'abc'>>", "<<1, [1, 2]::binary>>",
  "<<:a::binary>>", "x = 1\n<<[x]>>", "<<true>>", "<<1, 2>>", "<<\"a\", ?b>>"
]

for src <- cases do
  try do
    IO.inspect(Code.eval_string(src) |> elem(0), label: src)
  rescue
    e in CompileError -> IO.puts("#{inspect(src)}: #{Exception.message(e)}")
  end
end

try do
  Code.eval_string("<<{1}>>")
rescue
  e -> IO.puts(Exception.message(e))
end
