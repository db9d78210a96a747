# `a | b` outside a list's brackets in a pattern is Elixir's "misplaced operator |/2" wherever the
# pattern is (a def's head, a case clause, a fn, a module body, the top level); a call in a
# module body's pattern is an undefined function (there are no module functions to look for)
codes = [
  "defmodule B1 do\n  def f([h | t | more]), do: {h, t, more}\nend",
  "defmodule B2 do\n  def f(a | b), do: a\nend",
  "defmodule B3 do\n  def f(x) do\n    case x do\n      [a | b | c] -> 1\n    end\n  end\nend",
  "defmodule B4 do\n  def f(x), do: (fn [a | b | c] -> 1 end)\nend",
  "defmodule B5 do\n  [a | b | c] = [1]\nend",
  "[h | t | more] = [1, 2, 3]",
  "defmodule B6 do\n  foo(y) = 1\nend",
  "defmodule B7 do\n  def f(foo(x)), do: x\nend",
  "defmodule B8 do\n  def f(x) do\n    x = 1\n    [a | b | c] = x\n  end\nend"
]

for code <- codes do
  try do
    Code.compile_string(code)
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

defmodule B9 do
  def f(x) when is_integer(x), do: 1
  def f([a | b | c]), do: {a, b, c}
end
