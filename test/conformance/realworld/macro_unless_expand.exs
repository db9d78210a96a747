defmodule MyMacros do
  defmacro my_unless(cond, do: body, else: other) do
    quote do
      if unquote(cond), do: unquote(other), else: unquote(body)
    end
  end

  defmacro my_unless(cond, do: body) do
    quote do
      if !unquote(cond), do: unquote(body)
    end
  end

  defmacro time(label, do: block) do
    quote bind_quoted: [label: label, block: Macro.escape(block)] do
      _ = block
      IO.puts("timing #{label}")
    end
  end

  defmacro swap(a, b) do
    quote do
      tmp = unquote(a)
      unquote(a) = unquote(b)
      unquote(b) = tmp
      {unquote(a), unquote(b)}
    end
  end

  defmacro hygienic do
    quote do
      x = :inner
      x
    end
  end

  defmacro unhygienic do
    quote do
      var!(x) = :from_macro
    end
  end

  defmacro debug(expr) do
    code = Macro.to_string(expr)
    quote do
      result = unquote(expr)
      IO.puts("#{unquote(code)} => #{inspect(result)}")
      result
    end
  end

  defmacro caller_info do
    line = __CALLER__.line
    mod = __CALLER__.module
    fun = __CALLER__.function
    quote do: {unquote(mod), unquote(fun), unquote(line)}
  end
end

defmodule Use do
  require MyMacros
  import MyMacros

  def run do
    IO.inspect(my_unless(1 > 2, do: :yes, else: :no))
    IO.inspect(my_unless(true, do: :never))
    time "block" do
      1 + 1
    end
    a = 1
    b = 2
    IO.inspect(swap(a, b))
    x = :outer
    IO.inspect(hygienic())
    IO.inspect(x)
    unhygienic()
    IO.inspect(x)
    debug(Enum.map([1, 2], &(&1 * 10)))
    debug(1 + 2 * 3)
    IO.inspect(caller_info())
  end
end

Use.run()

defmodule Expander do
  require MyMacros

  def run do
    ast = quote do: MyMacros.my_unless(x > 1, do: :a)
    IO.puts(Macro.to_string(Macro.expand_once(ast, __ENV__)))
    IO.puts(Macro.to_string(Macro.expand(ast, __ENV__)))
    IO.puts(Macro.to_string(quote(do: fn x, y -> x + y end)))
    IO.puts(Macro.to_string(quote(do: case(x, do: (1 -> :a; _ -> :b)))))
    IO.inspect(Macro.decompose_call(quote(do: foo.bar(1, 2))))
    IO.inspect(Macro.decompose_call(quote(do: baz(3))))
    IO.inspect(Macro.underscore("MyApp.HTTPServer"), label: "underscore")
    IO.inspect(Macro.camelize("my_app/http_server"))
    {ast2, acc} = Macro.prewalk(quote(do: 1 + 2 * x), [], fn
      {op, _, _} = n, acc when op in [:+, :*] -> {n, [op | acc]}
      n, acc -> {n, acc}
    end)
    IO.inspect(acc)
    IO.puts(Macro.to_string(Macro.postwalk(ast2, fn n when is_integer(n) -> n * 100; n -> n end)))
    IO.inspect(Code.eval_quoted(quote(do: var!(a) + var!(b)), a: 1, b: 41))
    IO.inspect(Macro.var(:foo, nil))
    IO.inspect(quote(do: unquote_splicing([1, 2]) |> f()))
    IO.inspect(quote(do: [1, unquote_splicing([2, 3]), 4]))
    IO.inspect(Macro.validate({:ok, self()}))
    IO.inspect(Macro.quoted_literal?(quote(do: %{a: [1, 2]})))
    IO.inspect(Macro.operator?(:+, 2))
    IO.inspect(Macro.special_form?(:case, 2))
    IO.inspect(Macro.to_string(quote(do: %{"b" => [c: 2], a: 1} |> Map.get(:a) |> Kernel.+(1))))
  end
end

Expander.run()
