# a guard refuses case/cond/receive/try/for/with/fn (if, unless and match? expand to case) as the
# expander does, and the Kernel macros ||, && and ! raise ArgumentError while they expand (beamlet
# compiled them all, and a receive in a guard waited forever; found by fuzz-diff seed 9904)
for g <- ["x || false", "x && true", "!x", "if(x, do: true, else: false)", "unless(x, do: true)", "match?(1, x)",
          "cond(do: (true -> 1))", "case(x, do: (_ -> true))", "receive(do: (_ -> true))", "try(do: x, after: 1)",
          "for(y <- [x], do: y)", "with(y <- x, do: y)", "is_function(fn -> 1 end)", "is_integer(x) and not (x || false)"] do
  try do
    Code.eval_string("case 1 do\n  x when #{g} -> 1\n  _ -> 2\nend")
  rescue
    e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
  end
end

try do
  Code.eval_string("defmodule GuardOr do\n  def f(x) when x || false, do: 1\nend")
rescue
  e -> IO.puts("#{inspect(e.__struct__)}: #{Exception.message(e)}")
end
