r = {{%ArgumentError{message: "a\nb\n  c"}, [{M, :f, 1, [file: ~c"x.ex", line: 1]}]}, {M, :g, []}}
IO.puts Exception.format_exit(r)
IO.puts Exception.format_exit({%RuntimeError{message: "one\ntwo"}, [{M, :h, 0, []}]})
