# a comment hiding ⁦ an isolate
IO.puts(1)
