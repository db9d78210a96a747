# A def written on its defmodule's own line: OTP 25 raises its FunctionClauseError from a function
# of its own, `-inlined-f/1-`, with no location; other errors in it keep the file and line
defmodule OneLine do def z(1), do: 1; def a(x) when x > 1, do: p(x); defp p(2), do: 2; def c(x, y \\ 1), do: x + y; def any(x), do: x end
IO.inspect OneLine.module_info(:functions)
for call <- [fn -> OneLine.z(:a) end, fn -> OneLine.a(5) end, fn -> OneLine.c(:a) end] do
  try do
    call.()
  rescue
    e -> IO.inspect({e, hd(__STACKTRACE__)}); IO.puts(Exception.format_banner(:error, e, __STACKTRACE__))
  end
end

defmodule TwoLines do
  def f(1), do: 1
end
try do TwoLines.f(2) rescue e -> IO.inspect({e, hd(__STACKTRACE__)}) end
defmodule Last do def f(1), do: 1
  def f(2), do: 2 end
Last.f(3)
