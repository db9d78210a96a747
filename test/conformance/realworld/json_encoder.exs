defprotocol Jsonish do
  @fallback_to_any true
  @spec encode(t) :: iodata
  def encode(value)
end

defimpl Jsonish, for: Integer do
  def encode(i), do: Integer.to_string(i)
end

defimpl Jsonish, for: Float do
  def encode(f), do: :erlang.float_to_binary(f, [:short])
end

defimpl Jsonish, for: Atom do
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(a), do: Jsonish.encode(Atom.to_string(a))
end

defimpl Jsonish, for: BitString do
  def encode(s) when is_binary(s), do: [?", escape(s, []), ?"]

  defp escape(<<>>, acc), do: Enum.reverse(acc)
  defp escape(<<?", rest::binary>>, acc), do: escape(rest, ["\\\"" | acc])
  defp escape(<<?\\, rest::binary>>, acc), do: escape(rest, ["\\\\" | acc])
  defp escape(<<?\n, rest::binary>>, acc), do: escape(rest, ["\\n" | acc])
  defp escape(<<c, rest::binary>>, acc) when c < 0x20,
    do: escape(rest, ["\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0") | acc])
  defp escape(<<c::utf8, rest::binary>>, acc), do: escape(rest, [<<c::utf8>> | acc])
end

defimpl Jsonish, for: List do
  def encode(list), do: [?[, Enum.map_intersperse(list, ?,, &Jsonish.encode/1), ?]]
end

defimpl Jsonish, for: Map do
  def encode(map) do
    pairs =
      map
      |> Enum.sort_by(fn {k, _} -> to_string(k) end)
      |> Enum.map_intersperse(?,, fn {k, v} -> [Jsonish.encode(to_string(k)), ?:, Jsonish.encode(v)] end)
    [?{, pairs, ?}]
  end
end

defimpl Jsonish, for: Any do
  defmacro __deriving__(module, struct, opts) do
    fields = Keyword.get(opts, :only, Map.keys(struct) -- [:__struct__])
    quote do
      defimpl Jsonish, for: unquote(module) do
        def encode(s), do: Jsonish.encode(Map.take(s, unquote(fields)))
      end
    end
  end

  def encode(%_{} = s), do: Jsonish.encode(Map.from_struct(s))
  def encode(other), do: raise(Protocol.UndefinedError, protocol: Jsonish, value: other, description: "not encodable")
end

defmodule User do
  @derive {Jsonish, only: [:name, :tags]}
  defstruct [:name, :password, tags: []]
end

defmodule Point do
  defstruct x: 0, y: 0
end

defmodule Main do
  def run do
    data = %{
      "name" => "Zoë \"the\" coder",
      age: 33,
      score: 9.75,
      ratio: 1.0e-7,
      big: 12_345_678_901_234_567_890,
      active: true,
      nothing: nil,
      tags: [:a, "b\nc", 1.5e20],
      user: %User{name: "ann", password: "secret", tags: ["x"]},
      point: %Point{x: 1, y: -2},
      ctrl: <<1, 31>>
    }

    iodata = Jsonish.encode(data)
    IO.puts(iodata)
    IO.inspect(IO.iodata_length(iodata))
    IO.inspect(IO.iodata_to_binary(Jsonish.encode([1, [2, [3]]])))
    IO.inspect(Jsonish.impl_for(%User{}))
    IO.inspect(Jsonish.impl_for(%Point{}))
    IO.inspect(Jsonish.impl_for({1, 2}))
    IO.inspect(Jsonish.__protocol__(:functions))
    try do
      Jsonish.encode({:tuple, 1})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    for f <- [0.1, 100.0, 1.0e15, 1.0e16, 123.456, -0.0, 2.5e-5] do
      IO.puts(Jsonish.encode(f) |> IO.iodata_to_binary())
    end

  end
end

Main.run()
