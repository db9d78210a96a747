# a macro used in a module body defines functions there
defmodule Gen do
  defmacro getter(name, value) do
    quote do
      def unquote(name)(), do: unquote(value)
    end
  end

  defmacro adder(name, n) do
    quote do
      def unquote(name)(x), do: x + unquote(n)
    end
  end

  defmacro fields(list) do
    for {k, v} <- list do
      quote do
        def unquote(k)(), do: unquote(v)
      end
    end
  end
end

defmodule Config do
  require Gen
  Gen.getter(:host, "localhost")
  Gen.getter(:port, 4000)
  Gen.adder(:add_ten, 10)
  Gen.fields(a: 1, b: [2, 3], c: :three)
end

IO.inspect(Config.host())
IO.inspect(Config.port())
IO.inspect(Config.add_ten(5))
IO.inspect({Config.a(), Config.b(), Config.c()})
IO.inspect(Config.__info__(:functions))
