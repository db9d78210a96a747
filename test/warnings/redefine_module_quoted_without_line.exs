# A module redefined by Code.compile_quoted: a quoted defmodule without a :line in its meta (quote
# without line:, or with location: :keep) is at no line, and the warning names the file alone;
# with line: it names the line; Code.eval_quoted's is at line 1
Code.compile_string("defmodule R do\n  def v, do: 1\nend")
Code.compile_quoted(quote(do: (defmodule R do def v, do: 2 end)))
Code.compile_quoted(quote(line: 7, do: (defmodule R do def v, do: 3 end)), "q.ex")
Code.compile_quoted(quote(location: :keep, do: (defmodule R do def v, do: 4 end)))
Code.eval_quoted(quote(do: (defmodule R do def v, do: 5 end)))
Code.compile_quoted(quote(do: (defmodule R do def v, do: 6 end)), "lib/r.ex")
IO.puts(R.v())
