# A small expression interpreter with environments and closures
defmodule Interp do
  def eval({:num, n}, _env), do: n
  def eval({:var, x}, env), do: Map.fetch!(env, x)
  def eval({:add, a, b}, env), do: eval(a, env) + eval(b, env)
  def eval({:sub, a, b}, env), do: eval(a, env) - eval(b, env)
  def eval({:mul, a, b}, env), do: eval(a, env) * eval(b, env)
  def eval({:lt, a, b}, env), do: eval(a, env) < eval(b, env)
  def eval({:if, c, t, e}, env), do: if(eval(c, env), do: eval(t, env), else: eval(e, env))
  def eval({:let, x, v, body}, env), do: eval(body, Map.put(env, x, eval(v, env)))
  def eval({:lambda, x, body}, env), do: {:closure, x, body, env}
  def eval({:letrec, f, {:lambda, x, body}, in_expr}, env) do
    rec = fn rec ->
      {:closure, x, body, Map.put(env, f, {:rec, rec})}
    end
    eval(in_expr, Map.put(env, f, {:rec, rec}))
  end
  def eval({:app, fe, ae}, env) do
    arg = eval(ae, env)
    case eval(fe, env) do
      {:closure, x, body, cenv} -> eval(body, Map.put(cenv, x, arg))
      {:rec, mk} -> {:closure, x, body, cenv} = mk.(mk); eval(body, Map.put(cenv, x, arg))
    end
  end
end

prog1 = {:let, :x, {:num, 5}, {:mul, {:var, :x}, {:add, {:var, :x}, {:num, 1}}}}
IO.inspect(Interp.eval(prog1, %{}))
adder = {:let, :add, {:lambda, :a, {:lambda, :b, {:add, {:var, :a}, {:var, :b}}}},
  {:app, {:app, {:var, :add}, {:num, 3}}, {:num, 4}}}
IO.inspect(Interp.eval(adder, %{}))
fact = {:letrec, :fact,
  {:lambda, :n, {:if, {:lt, {:var, :n}, {:num, 1}}, {:num, 1},
    {:mul, {:var, :n}, {:app, {:var, :fact}, {:sub, {:var, :n}, {:num, 1}}}}}},
  {:app, {:var, :fact}, {:num, 25}}}
IO.inspect(Interp.eval(fact, %{}))
try do
  Interp.eval({:var, :nope}, %{})
rescue
  e in KeyError -> IO.puts("error: " <> Exception.message(e))
end
