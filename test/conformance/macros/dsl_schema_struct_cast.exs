defmodule MiniSchema do
  defmacro __using__(_) do
    quote do
      import MiniSchema, only: [schema: 2, field: 2, field: 3, timestamps: 0]
      Module.register_attribute(__MODULE__, :fields, accumulate: true)
    end
  end

  defmacro schema(source, do: block) do
    quote do
      @source unquote(source)
      unquote(block)
      @field_list Enum.reverse(@fields)
      defstruct Enum.map(@field_list, fn {name, _type, opts} -> {name, Keyword.get(opts, :default)} end)
      def __schema__(:source), do: @source
      def __schema__(:fields), do: Enum.map(@field_list, &elem(&1, 0))
      def __schema__(:types), do: Map.new(@field_list, fn {n, t, _} -> {n, t} end)
      def __schema__(:type, name) do
        case List.keyfind(@field_list, name, 0) do
          {_, t, _} -> t
          nil -> nil
        end
      end
    end
  end

  defmacro field(name, type, opts \\ []) do
    quote bind_quoted: [name: name, type: type, opts: opts] do
      unless type in [:string, :integer, :boolean, :naive_datetime, :float] do
        raise ArgumentError, "invalid type #{inspect(type)} for field #{inspect(name)}"
      end
      @fields {name, type, opts}
    end
  end

  defmacro timestamps do
    quote do
      field :inserted_at, :naive_datetime
      field :updated_at, :naive_datetime
    end
  end

  def cast(mod, params) do
    types = mod.__schema__(:types)
    Enum.reduce(params, struct(mod), fn {k, v}, acc ->
      key = if is_binary(k), do: String.to_existing_atom(k), else: k
      case Map.fetch(types, key) do
        {:ok, :integer} when is_binary(v) -> Map.put(acc, key, String.to_integer(v))
        {:ok, _} -> Map.put(acc, key, v)
        :error -> acc
      end
    end)
  end
end

defmodule Blog.Post do
  use MiniSchema

  schema "posts" do
    field :title, :string
    field :views, :integer, default: 0
    field :published, :boolean, default: false
    timestamps()
  end
end

defmodule Main do
  def run do
    IO.inspect(%Blog.Post{})
    IO.inspect(Blog.Post.__schema__(:source))
    IO.inspect(Blog.Post.__schema__(:fields))
    IO.inspect(Blog.Post.__schema__(:types))
    IO.inspect(Blog.Post.__schema__(:type, :views))
    IO.inspect(Blog.Post.__schema__(:type, :nope))
    IO.inspect(MiniSchema.cast(Blog.Post, %{"title" => "Hi", "views" => "12", "other" => 1}))

    try do
      defmodule Bad do
        use MiniSchema
        schema "bad" do
          field :x, :decimal
        end
      end
    rescue
      e -> IO.inspect(e)
    end
  end
end

Main.run()
