defprotocol Size do
  @fallback_to_any false
  def size(data)
end

defimpl Size, for: Any do
  def size(_), do: 0
end

defprotocol Describe do
  def describe(x)
end

defimpl Describe, for: Any do
  defmacro __deriving__(module, struct, opts) do
    prefix = Keyword.get(opts, :prefix, "a")
    keys = struct |> Map.keys() |> Enum.reject(&(&1 == :__struct__)) |> Enum.sort()

    quote do
      defimpl Describe, for: unquote(module) do
        def describe(value) do
          fields = Enum.map_join(unquote(keys), ", ", fn k -> "#{k}=#{inspect(Map.get(value, k))}" end)
          "#{unquote(prefix)} #{inspect(unquote(module))}(#{fields})"
        end
      end
    end
  end

  def describe(x), do: "something: #{inspect(x)}"
end

defmodule User do
  @derive [Size, {Inspect, only: [:name]}]
  @derive {Describe, prefix: "the"}
  defstruct name: "anon", age: 0, secret: nil
end

defmodule Org do
  defmodule Team do
    @derive Describe
    defstruct [:members]
  end
end

defmodule Plain do
  defstruct [:x]
end

defmodule Main do
  def run do
    u = %User{name: "ann", age: 3}
    IO.inspect(u)
    IO.inspect(Size.size(u), label: "size")
    IO.inspect(Size.impl_for(u), label: "Size impl")
    IO.inspect(Describe.impl_for(u), label: "Describe impl")
    IO.puts(Describe.describe(u))
    IO.puts(Describe.describe(%Org.Team{members: [1, 2]}))
    IO.inspect(Size.impl_for(%Plain{}), label: "plain")
    IO.inspect(Size.User.__impl__(:target), label: "target")
    IO.inspect(Size.User.__impl__(:for), label: "for")
    IO.inspect(Describe.User.__impl__(:target), label: "Describe target")
    IO.inspect(function_exported?(Size.User, :size, 1), label: "exported size")
    try do
      Size.size(%Plain{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    try do
      Describe.describe(1)
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
  end
end

Main.run()
