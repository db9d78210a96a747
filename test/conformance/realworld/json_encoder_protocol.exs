defprotocol MiniJSON.Encoder do
  @fallback_to_any true
  @doc "Encode a term as iodata"
  def encode(term, opts)
end

defmodule MiniJSON.EncodeError do
  defexception [:value, message: nil]

  @impl true
  def message(%{message: nil, value: v}), do: "unable to encode value: #{inspect(v)}"
  def message(%{message: m}), do: m
end

defmodule MiniJSON do
  def encode(term, opts \\ []) do
    {:ok, encode!(term, opts)}
  rescue
    e in MiniJSON.EncodeError -> {:error, e}
  end

  def encode!(term, opts \\ []) do
    term |> MiniJSON.Encoder.encode(opts) |> IO.iodata_to_binary()
  end

  def escape(s) do
    for <<c::utf8 <- s>>, into: "" do
      case c do
        ?" -> "\\\""
        ?\\ -> "\\\\"
        ?\n -> "\\n"
        ?\t -> "\\t"
        c when c < 0x20 -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
        c -> <<c::utf8>>
      end
    end
  end
end

defimpl MiniJSON.Encoder, for: Atom do
  def encode(nil, _), do: "null"
  def encode(true, _), do: "true"
  def encode(false, _), do: "false"
  def encode(a, o), do: MiniJSON.Encoder.BitString.encode(Atom.to_string(a), o)
end

defimpl MiniJSON.Encoder, for: BitString do
  def encode(s, _) when is_binary(s), do: [?", MiniJSON.escape(s), ?"]
  def encode(b, _), do: raise(MiniJSON.EncodeError, value: b)
end

defimpl MiniJSON.Encoder, for: Integer do
  def encode(i, _), do: Integer.to_string(i)
end

defimpl MiniJSON.Encoder, for: Float do
  def encode(f, _), do: :erlang.float_to_binary(f, [:short])
end

defimpl MiniJSON.Encoder, for: List do
  def encode([], _), do: "[]"
  def encode(list, opts) do
    [?[, Enum.map_intersperse(list, ?,, &MiniJSON.Encoder.encode(&1, opts)), ?]]
  end
end

defimpl MiniJSON.Encoder, for: Map do
  def encode(map, opts) when map_size(map) == 0, do: "{}"
  def encode(map, opts) do
    pairs =
      map
      |> Enum.map(fn {k, v} -> {key(k), v} end)
      |> Enum.sort_by(&elem(&1, 0))
      |> Enum.map_intersperse(?,, fn {k, v} ->
        [MiniJSON.Encoder.BitString.encode(k, opts), ?:, MiniJSON.Encoder.encode(v, opts)]
      end)

    [?{, pairs, ?}]
  end

  defp key(k) when is_binary(k), do: k
  defp key(k) when is_atom(k), do: Atom.to_string(k)
  defp key(k) when is_integer(k), do: Integer.to_string(k)
  defp key(k), do: raise(MiniJSON.EncodeError, message: "invalid key #{inspect(k)}")
end

defimpl MiniJSON.Encoder, for: Any do
  defmacro __deriving__(module, struct, opts) do
    only = Keyword.get(opts, :only, Map.keys(struct) -- [:__struct__])

    quote do
      defimpl MiniJSON.Encoder, for: unquote(module) do
        def encode(struct, opts) do
          struct |> Map.take(unquote(only)) |> MiniJSON.Encoder.Map.encode(opts)
        end
      end
    end
  end

  def encode(%{__struct__: _} = s, _), do: raise(MiniJSON.EncodeError, value: s)
  def encode(other, _), do: raise(MiniJSON.EncodeError, value: other)
end

defmodule User do
  @derive {MiniJSON.Encoder, only: [:name, :email]}
  defstruct [:name, :email, :password_hash]
end

defmodule Point do
  defstruct x: 0, y: 0
end

defimpl MiniJSON.Encoder, for: Point do
  def encode(%Point{x: x, y: y}, opts), do: MiniJSON.Encoder.encode([x, y], opts)
end

defimpl MiniJSON.Encoder, for: Date do
  def encode(d, _), do: [?", Date.to_iso8601(d), ?"]
end

defmodule Main do
  def run do
    data = %{
      "name" => "Widget \"Pro\"",
      tags: [:new, "sale", nil],
      price: 19.99,
      stock: 3,
      ratio: 1.0e-7,
      ok: true,
      where: %Point{x: 1, y: -2},
      since: ~D[2023-01-31],
      owner: %User{name: "Zoë", email: "z@example.com", password_hash: "xxx"},
      notes: "line1\nline2\ttab\u0001",
      nested: %{1 => [], "empty" => %{}}
    }

    IO.puts(MiniJSON.encode!(data))
    IO.inspect(MiniJSON.encode({1, 2}))
    IO.inspect(MiniJSON.encode(%{{:a} => 1}))
    IO.inspect(MiniJSON.encode(<<1::3>>))
    case MiniJSON.encode([self()]) do
      {:error, e} -> IO.puts(Exception.message(e) =~ "#PID<")
    end

    try do
      MiniJSON.encode!(%{make_ref() => 1} |> Map.keys() |> hd())
    rescue
      e in MiniJSON.EncodeError -> IO.puts("raised #{inspect(e.__struct__)}")
    end

    IO.inspect(MiniJSON.Encoder.impl_for(%User{}), label: "impl User")
    IO.inspect(MiniJSON.Encoder.impl_for(%Point{}), label: "impl Point")
    IO.inspect(MiniJSON.Encoder.impl_for({}), label: "impl tuple")
    IO.inspect(MiniJSON.Encoder.impl_for(1.5), label: "impl float")
    IO.inspect(MiniJSON.Encoder.__protocol__(:functions))
    IO.inspect(Protocol.assert_protocol!(MiniJSON.Encoder))
    IO.inspect(String.Chars.impl_for(%Point{}), label: "to_string impl")
    try do
      to_string(%Point{})
    rescue
      e in Protocol.UndefinedError -> IO.puts(Exception.message(e))
    end
    IO.inspect(Enumerable.impl_for(%{}), label: "enum map")
  end
end

Main.run()
