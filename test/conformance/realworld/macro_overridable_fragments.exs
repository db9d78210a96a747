defmodule Greeter do
  defmacro __using__(opts) do
    greeting = Keyword.get(opts, :greeting, "Hello")

    quote do
      @greeting unquote(greeting)
      def greet(name), do: "#{@greeting}, #{name}!"
      def farewell(name), do: "Bye #{name}"
      defoverridable greet: 1, farewell: 1
    end
  end
end

defmodule Polite do
  use Greeter, greeting: "Good day"
  def greet(name), do: String.upcase(super(name))
end

defmodule Plain do
  use Greeter
end

defmodule HTTPStatus do
  @codes [ok: 200, created: 201, not_found: 404, teapot: 418]
  for {name, code} <- @codes do
    def code(unquote(name)), do: unquote(code)
    def name(unquote(code)), do: unquote(name)
    def unquote(:"#{name}?")(c), do: c == unquote(code)
  end
  def code(_), do: nil
  def all, do: unquote(Keyword.keys(@codes))
end

defmodule Tracer do
  def on_def(env, kind, name, args, _guards, _body) do
    IO.puts("defined #{kind} #{inspect(env.module)}.#{name}/#{length(args)}")
  end
end

defmodule Traced do
  @on_definition {Tracer, :on_def}
  def a(x), do: x
  defp b, do: :b
  defmacro c(x), do: x
  def use_b, do: b()
end

defmodule Accum do
  Module.register_attribute(__MODULE__, :step, accumulate: true)
  @step :one
  @step :two
  @step :three
  def steps, do: @step
  Module.put_attribute(__MODULE__, :extra, 42)
  def extra, do: @extra
  IO.inspect(Module.get_attribute(__MODULE__, :step), label: "compile time")
  IO.inspect(Module.defines?(__MODULE__, {:steps, 0}), label: "defines?")

end

IO.puts(Polite.greet("ann"))
IO.puts(Polite.farewell("ann"))
IO.puts(Plain.greet("bob"))
IO.inspect({HTTPStatus.code(:teapot), HTTPStatus.name(404), HTTPStatus.ok?(200), HTTPStatus.code(:x)})
IO.inspect(HTTPStatus.all())
IO.inspect(Accum.steps())
IO.inspect(Accum.extra())
IO.inspect(Traced.use_b())
IO.inspect(function_exported?(Traced, :a, 1))
IO.inspect(macro_exported?(Traced, :c, 1))
IO.inspect(Code.ensure_loaded?(Traced))
IO.inspect(Code.ensure_loaded(NoSuchModule))
IO.inspect(Polite.__info__(:functions))
IO.inspect(Module.split(Foo.Bar))
IO.inspect(Module.concat([Foo, "Bar", :baz]))
defmodule Delegator do
  defdelegate upcase(s), to: String
  defdelegate size(m), to: Kernel, as: :map_size
end
IO.inspect({Delegator.upcase("x"), Delegator.size(%{a: 1})})
