defmodule MyMacros do
  defmacro unless_nil(expr, do: block) do
    quote do
      case unquote(expr) do
        nil -> nil
        value -> unquote(block).(value)
      end
    end
  end

  defmacro swap({a, b}) do
    quote do: {unquote(b), unquote(a)}
  end

  defmacro my_pipe(left, right) do
    Macro.pipe(left, right, 0)
  end

  defmacro twice(expr) do
    quote do
      x = unquote(expr)
      x + x
    end
  end

  defmacro outer(x) do
    quote do: MyMacros.inner(unquote(x) * 2)
  end

  defmacro inner(x) do
    quote do: {:inner, unquote(x)}
  end
end

defmodule Show do
  require MyMacros

  def run do
    env = __ENV__
    asts = [
      quote(do: MyMacros.swap({1, 2})),
      quote(do: MyMacros.unless_nil(foo(), do: fn v -> v + 1 end)),
      quote(do: MyMacros.my_pipe(1, Integer.to_string())),
      quote(do: MyMacros.twice(y * 3)),
      quote(do: MyMacros.outer(5)),
      quote(do: unless(a, do: b, else: c)),
      quote(do: if(a, do: b)),
      quote(do: a |> f() |> g(1)),
      quote(do: x && y),
      quote(do: !x),
      quote(do: @foo + 1)
    ]

    for ast <- asts do
      once = Macro.expand_once(ast, env)
      full = Macro.expand(ast, env)
      IO.puts(Macro.to_string(ast))
      IO.puts("  once: " <> Macro.to_string(once))
      IO.puts("  full: " <> Macro.to_string(full))
    end

    IO.inspect(MyMacros.swap({1, 2}))
    IO.inspect(MyMacros.twice(21))
    IO.inspect(MyMacros.outer(5))
    IO.inspect(MyMacros.unless_nil(3, do: fn v -> v * 10 end))
    IO.inspect(MyMacros.unless_nil(nil, do: fn v -> v * 10 end))
    IO.inspect(MyMacros.my_pipe(12, Integer.to_string()))
  end
end

Show.run()
