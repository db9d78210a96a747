# `elixir -e CODE` programs whose uncaught error's stack trace is erl_eval's (one per block,
# blocks separated by lines of `# ---`); scripts/regen-eval-string-frames.mjs writes real elixir's
# stderr and exit status of each to expected.json
raise "x"
# ---
defmodule A do def f(x), do: x + 1 end; A.f(:a)
# ---
defmodule B do
  def f, do: raise "b"
end
B.f()
:ok
# ---
IO.puts 1
1/0
IO.puts 2
# ---
1 = 2
# ---
case 1 do 2 -> 3 end
# ---
x = 1; x.()
# ---
x = 1
{:ok, y} = {:error, x}
y
# ---
throw 1
# ---
exit(:foo)
# ---
defmodule C do def f(x), do: x.(1) end
C.f(fn x -> x + :a end)
# ---
defmodule D do def f, do: raise "d" end
if true do D.f(); 1 end
# ---
undefined_fun(1)
# ---
x +
# ---
defmodule E do def f, do: bar() end
