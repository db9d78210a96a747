defmodule Calc do
  def eval(expr, vars) do
    {result, binding} = Code.eval_string(expr, vars)
    {result, Enum.sort(binding)}
  end

  def eval_q(ast, vars), do: Code.eval_quoted(ast, vars)

  defmacro debug(expr) do
    code = Macro.to_string(expr)
    quote do
      result = unquote(expr)
      IO.puts(unquote(code) <> " => " <> inspect(result))
      result
    end
  end

  def show_binding do
    a = 1
    b = [2, 3]
    _c = :ignored
    binding()
  end
end

defmodule Main do
  def run do
    require Calc
    IO.inspect(Calc.eval("a + b * 2", a: 1, b: 3))
    IO.inspect(Calc.eval("x = a * 10; y = x + 1; y", a: 4))
    IO.inspect(Calc.eval_q(quote(do: Enum.map(var!(list), &(&1 * var!(k)))), list: [1, 2, 3], k: 3))
    ast = {:+, [], [{:x, [], nil}, 5]}
    IO.inspect(Code.eval_quoted(ast, x: 10))
    IO.inspect(Calc.show_binding())
    Calc.debug(1 + 2 * 3)
    Calc.debug(Enum.reverse([1, 2, 3]))
    Calc.debug(String.upcase("hi") <> "!")
    x = 7
    Calc.debug(x * x)
    IO.inspect(binding())
    {fun, _} = Code.eval_string("fn a, b -> a * b end")
    IO.inspect(fun.(6, 7))
    IO.inspect(Code.eval_string("[h | t] = list; {h, t}", list: [1, 2, 3]))
    IO.inspect(Code.string_to_quoted!("foo(1, bar: 2)"))
    IO.inspect(Code.string_to_quoted("1 +"))
    IO.inspect(Code.eval_string("__MODULE__"))
    IO.inspect(Code.eval_string("defmodule Dyn do def hi, do: :hi end; Dyn.hi()") |> elem(0))
    try do
      Code.eval_string("undefined_var + 1")
    rescue
      e -> IO.inspect(e.__struct__)
    end
    try do
      Code.eval_string("1 + :a")
    rescue
      e -> IO.inspect(e)
    end
  end
end

Main.run()
