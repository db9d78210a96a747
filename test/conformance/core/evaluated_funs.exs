# funs made by evaluated code (Code.eval_string/eval_quoted) are erl_eval's closures
describe = fn f ->
  info = :erlang.fun_info(f)
  IO.inspect({info[:module], info[:name], info[:arity], :erlang.fun_info(f, :index)})
end
{f0, []} = Code.eval_string("fn -> 1 end")
describe.(f0)
{f1, [x: 2]} = Code.eval_string("x = 2; fn y -> x + y end")
describe.(f1)
IO.inspect(f1.(3))
{f2, _} = Code.eval_string("&{&1, &2}")
describe.(f2)
{f5, _} = Code.eval_quoted(quote(do: fn _, _, _, _, _ -> :five end))
describe.(f5)
{[g | _], _} = Code.eval_string("[fn a -> a end, fn -> 2 end]")
describe.(g)
# a fun of a compiled function stays the module's own
{ext, _} = Code.eval_string("&Enum.map/2")
IO.inspect(ext)
{mod, _} = Code.eval_string("defmodule EvalDefined do def f, do: fn -> 1 end end; EvalDefined.f()")
IO.inspect(:erlang.fun_info(mod, :module))
