# An Ecto-like schema DSL: fields accumulate in an attribute, @before_compile defines the struct,
# reflection functions and a typed cast; a validation DSL is rewritten with Macro.prewalk
defmodule Schema do
  defmacro __using__(_opts) do
    quote do
      import Schema, only: [schema: 2, field: 2, field: 3, validate: 2]
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
      Module.register_attribute(__MODULE__, :validations, accumulate: true)
      @before_compile Schema
    end
  end

  defmacro schema(source, do: block) do
    quote do
      @source unquote(source)
      unquote(block)
    end
  end

  defmacro field(name, type, opts \\ []) do
    quote do
      @fields {unquote(name), unquote(type), unquote(Keyword.get(opts, :default))}
    end
  end

  # validate :age, value > 0 and value < 150: `value` in the rule is the field's value
  defmacro validate(name, rule) do
    fun_name = :"__validate_#{name}__"
    rule =
      Macro.prewalk(rule, fn
        {:value, meta, nil} -> {:var!, meta, [{:value, meta, Schema}]}
        other -> other
      end)
    quote do
      @validations {unquote(name), unquote(fun_name), unquote(Macro.to_string(rule))}
      def unquote(fun_name)(var!(value)), do: unquote(rule)
    end
  end

  defmacro __before_compile__(env) do
    fields = Module.get_attribute(env.module, :fields) |> Enum.reverse()
    validations = Module.get_attribute(env.module, :validations) |> Enum.reverse()
    struct_fields = for {name, _type, default} <- fields, do: {name, default}

    casts =
      for {name, type, _} <- fields do
        quote do
          defp cast_field(unquote(name), value), do: Schema.cast(unquote(type), value)
        end
      end

    quote do
      defstruct unquote(Macro.escape(struct_fields))
      def __schema__(:source), do: @source
      def __schema__(:fields), do: unquote(Enum.map(fields, &elem(&1, 0)))
      def __schema__(:type, field), do: Keyword.get(unquote(Enum.map(fields, fn {n, t, _} -> {n, t} end)), field)
      def __schema__(:validations), do: unquote(Macro.escape(validations))

      unquote_splicing(casts)
      defp cast_field(name, _value), do: {:error, {:unknown_field, name}}

      def cast(params) do
        Enum.reduce_while(params, {:ok, %__MODULE__{}}, fn {k, v}, {:ok, acc} ->
          case cast_field(k, v) do
            {:ok, cast} -> {:cont, {:ok, Map.put(acc, k, cast)}}
            {:error, _} = e -> {:halt, e}
          end
        end)
      end

      def valid?(struct) do
        Enum.all?(unquote(Macro.escape(validations)), fn {field, fun, _} ->
          apply(__MODULE__, fun, [Map.fetch!(struct, field)])
        end)
      end
    end
  end

  def cast(:string, v) when is_binary(v), do: {:ok, v}
  def cast(:integer, v) when is_integer(v), do: {:ok, v}
  def cast(:integer, v) when is_binary(v) do
    case Integer.parse(v) do
      {i, ""} -> {:ok, i}
      _ -> {:error, {:not_integer, v}}
    end
  end
  def cast(type, v), do: {:error, {type, v}}
end

defmodule User do
  use Schema

  schema "users" do
    field :name, :string
    field :age, :integer, default: 0
    field :email, :string, default: "none"
  end

  validate :age, value >= 0 and value < 150
  validate :name, is_binary(value) and byte_size(value) > 1
end

IO.inspect(struct(User))
IO.inspect(User.__schema__(:source))
IO.inspect(User.__schema__(:fields))
IO.inspect(User.__schema__(:type, :age))
IO.inspect(User.__schema__(:validations))
IO.inspect(User.cast(%{name: "Ann", age: "41"}))
IO.inspect(User.cast(%{age: "x"}))
IO.inspect(User.cast(%{nope: 1}))
{:ok, u} = User.cast([name: "Bo", age: 200])
IO.inspect({u, User.valid?(u)})
{:ok, u} = User.cast([name: "Bob", age: 20])
IO.inspect({u, User.valid?(u)})
