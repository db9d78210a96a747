defmodule Trace do
  defmacro trace(expr) do
    code = Macro.to_string(expr)
    quote do
      result = unquote(expr)
      IO.puts("#{unquote(code)} => #{inspect(result)}")
      result
    end
  end

  defmacro defmemo({name, _, args} = head, do: body) do
    quote do
      def unquote(head) do
        key = {unquote(name), unquote_splicing(args)}
        case Process.get(key) do
          nil ->
            v = unquote(body)
            Process.put(key, v)
            v
          v -> v
        end
      end
    end
  end

  defmacro caller_info do
    %Macro.Env{module: m, function: f, line: l} = __CALLER__
    quote do: {unquote(m), unquote(Macro.escape(f)), unquote(l)}
  end
end

defmodule Fib do
  import Trace
  defmemo fib(n) do
    if n < 2, do: n, else: fib(n - 1) + fib(n - 2)
  end

  def where, do: caller_info()
end

defmodule Demo do
  import Trace

  def run do
    trace(Fib.fib(50))
    trace(Enum.map([1, 2, 3], fn x -> x * x end))
    trace(for x <- 1..3, y <- [:a, :b], x > 1, do: {x, y})
    trace(%{a: 1} |> Map.put(:b, 2))
    IO.inspect(Fib.where())

    ast = quote do
      defmodule Foo do
        @moduledoc false
        def bar(x, y \\ 1) when is_integer(x) and x > 0 do
          case x do
            1 -> :one
            n -> {n, y, [1, 2 | tl([3])], %{"k" => <<1, 2::4>>}, &String.upcase/1, &(&1 + 1)}
          end
        rescue
          e in ArgumentError -> {:error, e}
        end
      end
    end
    IO.puts(Macro.to_string(ast))

    q = quote do: (a + b * c - -d) / (e |> f() |> g(1)) and not h or i != j
    IO.puts(Macro.to_string(q))
    IO.inspect(Macro.prewalk(q, 0, fn
      {name, _, ctx} = n, acc when is_atom(name) and is_atom(ctx) -> {n, acc + 1}
      n, acc -> {n, acc}
    end) |> elem(1))
    {_, ops} = Macro.postwalk(q, [], fn
      {op, _, [_, _]} = n, acc when op in [:+, :-, :*, :/, :and, :or, :!=] -> {n, [op | acc]}
      n, acc -> {n, acc}
    end)
    IO.inspect(Enum.reverse(ops))
    IO.inspect(Macro.decompose_call(quote do: Foo.bar(1, 2)))
    IO.inspect(Macro.decompose_call(quote do: baz(1)))
    IO.inspect(Macro.underscore("HTTPServer.RequestID"))
    IO.inspect(Macro.camelize("my_app/http_server"))
    IO.inspect(Macro.expand(quote(do: unless(x, do: y)), __ENV__) |> Macro.to_string())
    IO.inspect(Macro.validate({:ok, [1, {:x, [], nil}]}))
    IO.inspect(Code.eval_string("a + b * 2", a: 1, b: 3))
    IO.inspect(Code.eval_quoted(quote(do: (x = 5; x * 2))))
    {:ok, q2} = Code.string_to_quoted("fn x -> x + 1 end")
    IO.inspect(q2)
    IO.inspect(Code.string_to_quoted("1 + "))
    IO.inspect(Code.format_string!("defmodule A do def b(x),do: x end") |> IO.iodata_to_binary())
    IO.puts(Macro.to_string(quote do: [a: 1, b: [c: 2]] ++ ~w(x y)))
    IO.puts(Macro.to_string(quote do: if(a, do: b, else: c)))
    IO.puts(Macro.to_string(quote do: fn -> :ok end))
    IO.puts(Macro.to_string(quote do: fn a, b when a > b -> a; _, b -> b end))
    IO.puts(Macro.to_string(quote do: %MyStruct{a | b: 1}))
    IO.puts(Macro.to_string(quote do: @attr value))
    IO.puts(Macro.to_string(quote do: ^pinned = {:x, _ignored, "str #{interp}"}))
  end
end

Demo.run()
