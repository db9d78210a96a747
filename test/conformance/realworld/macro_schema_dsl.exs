defmodule Schema do
  defmacro __using__(opts) do
    quote do
      import Schema, only: [field: 2, field: 3, validate: 2]
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
      Module.register_attribute(__MODULE__, :validations, accumulate: true)
      @table unquote(Keyword.get(opts, :table, "items"))
      @before_compile Schema
    end
  end

  defmacro field(name, type, opts \\ []) do
    quote bind_quoted: [name: name, type: type, opts: opts] do
      @fields {name, type, Keyword.get(opts, :default)}
    end
  end

  defmacro validate(name, do: block) do
    fun_name = :"__validate_#{name}__"
    quote do
      @validations {unquote(name), unquote(fun_name)}
      def unquote(fun_name)(var!(value)), do: unquote(block)
    end
  end

  defmacro __before_compile__(env) do
    fields = env.module |> Module.get_attribute(:fields) |> Enum.reverse()
    validations = Module.get_attribute(env.module, :validations)
    defaults = for {name, _type, default} <- fields, do: {name, default}

    quote do
      defstruct unquote(Macro.escape(defaults))

      def __schema__(:table), do: @table
      def __schema__(:fields), do: unquote(for {n, _, _} <- fields, do: n)
      def __schema__(:types), do: unquote(Macro.escape(Map.new(fields, fn {n, t, _} -> {n, t} end)))

      def cast(params) when is_map(params) do
        Enum.reduce(__schema__(:fields), {struct(__MODULE__), []}, fn name, {acc, errors} ->
          raw = Map.get(params, Atom.to_string(name), Map.get(acc, name))
          case Schema.cast_value(__schema__(:types)[name], raw) do
            {:ok, v} -> {Map.put(acc, name, v), errors}
            :error -> {acc, [{name, "is invalid"} | errors]}
          end
        end)
        |> run_validations()
      end

      defp run_validations({struct, errors}) do
        errors =
          Enum.reduce(unquote(validations), errors, fn {field, fun}, errs ->
            case apply(__MODULE__, fun, [Map.fetch!(struct, field)]) do
              :ok -> errs
              {:error, msg} -> [{field, msg} | errs]
            end
          end)

        if errors == [], do: {:ok, struct}, else: {:error, Enum.reverse(errors)}
      end
    end
  end

  def cast_value(_type, nil), do: {:ok, nil}
  def cast_value(:string, v) when is_binary(v), do: {:ok, v}
  def cast_value(:integer, v) when is_integer(v), do: {:ok, v}
  def cast_value(:integer, v) when is_binary(v) do
    case Integer.parse(v) do
      {n, ""} -> {:ok, n}
      _ -> :error
    end
  end
  def cast_value(:boolean, v) when v in [true, false], do: {:ok, v}
  def cast_value(:boolean, "true"), do: {:ok, true}
  def cast_value(:boolean, "false"), do: {:ok, false}
  def cast_value(_, _), do: :error
end

defmodule User do
  use Schema, table: "users"

  field :name, :string
  field :age, :integer, default: 0
  field :admin, :boolean, default: false

  validate :name do
    if is_binary(value) and byte_size(value) >= 2, do: :ok, else: {:error, "too short"}
  end

  validate :age do
    cond do
      value < 0 -> {:error, "must be positive"}
      value > 150 -> {:error, "unrealistic"}
      true -> :ok
    end
  end
end

defmodule Product do
  use Schema
  field :sku, :string
  field :qty, :integer, default: 1
end

IO.inspect(User.__schema__(:table))
IO.inspect(User.__schema__(:fields))
IO.inspect(User.__schema__(:types))
IO.inspect(struct(User))
IO.inspect(User.cast(%{"name" => "Ann", "age" => "42", "admin" => "true"}))
IO.inspect(User.cast(%{"name" => "A", "age" => "-3"}))
IO.inspect(User.cast(%{"name" => "Bob", "age" => "old"}))
IO.inspect(User.cast(%{"age" => 200}))
IO.inspect(Product.__schema__(:table))
IO.inspect(Product.cast(%{"sku" => "X-1"}))
IO.inspect(Product.cast(%{"sku" => 5}))
IO.inspect(User.__info__(:functions) |> Enum.sort())
IO.inspect(function_exported?(User, :__validate_name__, 1))
IO.puts(Macro.to_string(quote do: field(:x, :integer, default: 1)))
IO.puts(Macro.expand_once(quote(do: field(:x, :integer)), %{__ENV__ | requires: [Schema | __ENV__.requires]}) |> Macro.to_string())
