defmodule Boom do
  defmacro explode_keep(msg) do
    quote location: :keep do
      fn -> raise ArgumentError, unquote(msg) end
    end
  end

  defmacro explode(msg) do
    quote do
      fn -> raise ArgumentError, unquote(msg) end
    end
  end

  defmacro defcheck(name) do
    quote location: :keep do
      def unquote(name)(x) when is_integer(x), do: x
      def unquote(name)(x) do
        raise "bad #{inspect(x)}"
      end
    end
  end
end

defmodule Uses do
  require Boom
  Boom.defcheck(:check)

  def k, do: Boom.explode_keep("kept")
  def n, do: Boom.explode("not kept")
end

show = fn f ->
  try do
    f.()
  rescue
    e ->
      IO.inspect(e)
      [{m, fun, a, loc} | _] = __STACKTRACE__
      IO.inspect({m, fun, is_integer(a) or is_list(a), Path.basename(to_string(loc[:file])), loc[:line]})
  end
end

show.(Uses.k())
show.(Uses.n())
show.(fn -> Uses.check(:x) end)
IO.inspect(Uses.check(3))

q = quote location: :keep, do: foo(1)
{:foo, meta, _} = q
IO.inspect(Keyword.drop(meta, [:keep]))
IO.inspect(match?({_, _}, meta[:keep]))
q2 = quote line: 99, do: bar(2)
IO.inspect(q2)
q3 = quote generated: true, do: baz(3)
IO.inspect(q3)
q4 = quote context: Elixir, do: y
IO.inspect(q4)
q5 = quote unquote: false, do: unquote(z)
IO.inspect(q5)
