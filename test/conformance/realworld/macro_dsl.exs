defmodule Validate do
  defmacro __using__(_opts) do
    quote do
      import Validate, only: [field: 2, field: 3]
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
      @before_compile Validate
    end
  end

  defmacro field(name, type, opts \\ []) do
    quote do
      @fields {unquote(name), unquote(type), unquote(opts)}
    end
  end

  defmacro __before_compile__(env) do
    fields = Module.get_attribute(env.module, :fields) |> Enum.reverse()
    names = Enum.map(fields, &elem(&1, 0))
    quote do
      defstruct unquote(names)
      def __fields__, do: unquote(Macro.escape(fields))
      def validate(map) do
        Enum.reduce(__fields__(), {%__MODULE__{}, []}, fn {name, type, opts}, {acc, errs} ->
          value = Map.get(map, name, Keyword.get(opts, :default))
          case Validate.check(type, value, opts) do
            :ok -> {Map.put(acc, name, value), errs}
            {:error, msg} -> {acc, [{name, msg} | errs]}
          end
        end)
        |> case do
          {s, []} -> {:ok, s}
          {_, errs} -> {:error, Enum.reverse(errs)}
        end
      end
    end
  end

  def check(_type, nil, opts), do: if(opts[:required], do: {:error, "is required"}, else: :ok)
  def check(:string, v, opts) when is_binary(v) do
    min = Keyword.get(opts, :min, 0)
    if String.length(v) >= min, do: :ok, else: {:error, "should be at least #{min} character(s)"}
  end
  def check(:integer, v, opts) when is_integer(v) do
    case opts[:in] do
      nil -> :ok
      range -> if v in range, do: :ok, else: {:error, "must be in #{inspect(range)}"}
    end
  end
  def check(type, v, _), do: {:error, "expected #{type}, got: #{inspect(v)}"}
end

defmodule Signup do
  use Validate
  field :email, :string, required: true, min: 5
  field :age, :integer, in: 13..120
  field :nick, :string, default: "anon"
end

defmodule Main do
  def run do
    IO.inspect(Signup.__fields__())
    IO.inspect(Signup.validate(%{email: "ann@x.io", age: 30}))
    IO.inspect(Signup.validate(%{email: "a", age: 5}))
    IO.inspect(Signup.validate(%{age: "old"}))
    q = quote do: Enum.map(list, fn x -> x * 2 end) |> Enum.sum()
    IO.puts(Macro.to_string(q))
    IO.inspect(q)
    IO.inspect(Macro.expand(quote(do: unless(a, do: b)), __ENV__) |> Macro.to_string())
    IO.inspect(Macro.decompose_call(quote(do: foo(1, 2))))
    IO.inspect(Macro.underscore("MyApp.HTTPClient"))
    IO.inspect(Macro.camelize("my_app/http_client"))
    {ast, binding} = Code.eval_string("a = x + 1; {a, a * 2}", x: 4)
    IO.inspect({ast, binding})
    IO.inspect(Code.string_to_quoted("1 + foo(2)"))
    IO.inspect(Code.string_to_quoted("1 +"))
    IO.puts(Code.format_string!("defmodule A do def f(x),do: x+1 end") |> IO.iodata_to_binary())
    IO.inspect(Macro.prewalk(quote(do: 1 + 2 * 3), fn {op, m, args} when op in [:+, :*] -> {:-, m, args}; x -> x end) |> Macro.to_string())
    IO.inspect(Macro.postwalk(quote(do: a + b), [], fn {v, _, nil} = n, acc when is_atom(v) -> {n, [v | acc]}; n, acc -> {n, acc} end) |> elem(1))
    IO.inspect(Signup.__struct__() |> Map.keys() |> Enum.sort())
    IO.inspect(function_exported?(Signup, :validate, 1))
    IO.inspect(Signup.__info__(:functions) |> Enum.sort())
    IO.inspect(Module.split(Signup))
    IO.inspect(Module.concat([Foo, "Bar", :baz]))
  end
end

Main.run()
