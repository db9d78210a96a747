defmodule TinyJSON do
  @moduledoc """
  A small JSON encoder and decoder.

      iex> TinyJSON.encode(%{"a" => [1, 2.5, nil, true]})
      ~s({"a":[1,2.5,null,true]})

      iex> TinyJSON.decode(~s({"x": [1, {"y": "z"}]}))
      {:ok, %{"x" => [1, %{"y" => "z"}]}}
  """

  @doc """
  Encodes a term.

      iex> TinyJSON.encode("tab\\there")
      ~S("tab\\there")
      iex> TinyJSON.encode(:ok)
      ~s("ok")
      iex> TinyJSON.encode({1, 2})
      ** (ArgumentError) cannot encode {1, 2}
  """
  def encode(nil), do: "null"
  def encode(true), do: "true"
  def encode(false), do: "false"
  def encode(n) when is_integer(n), do: Integer.to_string(n)
  def encode(f) when is_float(f), do: Float.to_string(f)
  def encode(a) when is_atom(a), do: encode(Atom.to_string(a))
  def encode(s) when is_binary(s), do: [?", escape(s, ""), ?"] |> IO.iodata_to_binary()
  def encode(l) when is_list(l), do: "[" <> Enum.map_join(l, ",", &encode/1) <> "]"

  def encode(m) when is_map(m) do
    body =
      m
      |> Enum.sort()
      |> Enum.map_join(",", fn {k, v} -> encode(to_string(k)) <> ":" <> encode(v) end)

    "{" <> body <> "}"
  end

  def encode(other), do: raise(ArgumentError, "cannot encode #{inspect(other)}")

  defp escape(<<>>, acc), do: acc
  defp escape(<<?", rest::binary>>, acc), do: escape(rest, acc <> "\\\"")
  defp escape(<<?\\, rest::binary>>, acc), do: escape(rest, acc <> "\\\\")
  defp escape(<<?\n, rest::binary>>, acc), do: escape(rest, acc <> "\\n")
  defp escape(<<?\t, rest::binary>>, acc), do: escape(rest, acc <> "\\t")
  defp escape(<<c::utf8, rest::binary>>, acc) when c < 0x20,
    do: escape(rest, acc <> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0"))
  defp escape(<<c::utf8, rest::binary>>, acc), do: escape(rest, acc <> <<c::utf8>>)

  @doc """
  Decodes JSON text.

      iex> TinyJSON.decode("[1, -2, 3e2, \\"\\\\u00e9\\"]")
      {:ok, [1, -2, 300.0, "é"]}
      iex> TinyJSON.decode("[1,")
      {:error, {:unexpected_end, 3}}
  """
  def decode(text) do
    case value(skip(text), text) do
      {v, rest} ->
        case skip(rest) do
          "" -> {:ok, v}
          more -> {:error, {:trailing, pos(text, more)}}
        end
    end
  catch
    {:json_error, kind, rest} -> {:error, {kind, pos(text, rest)}}
  end

  @doc """
  Tells whether a text is valid JSON.

      iex> TinyJSON.valid?("[1, 2]")
      true

      iex> TinyJSON.valid?("{")
      true
  """
  def valid?(text), do: match?({:ok, _}, decode(text))

  defp pos(text, rest), do: byte_size(text) - byte_size(rest)

  defp skip(<<c, rest::binary>>) when c in ~c[ \n\t\r], do: skip(rest)
  defp skip(rest), do: rest

  defp value("null" <> r, _), do: {nil, r}
  defp value("true" <> r, _), do: {true, r}
  defp value("false" <> r, _), do: {false, r}
  defp value(<<?", r::binary>>, _), do: string(r, [])
  defp value(<<?[, r::binary>>, t), do: array(skip(r), t, [])
  defp value(<<?{, r::binary>>, t), do: object(skip(r), t, %{})
  defp value(<<c, _::binary>> = r, _) when c in ?0..?9 or c == ?-, do: number(r)
  defp value("", _), do: throw({:json_error, :unexpected_end, ""})
  defp value(r, _), do: throw({:json_error, :unexpected_char, r})

  defp number(r) do
    [num | _] = Regex.run(~r/^-?\d+(\.\d+)?([eE][-+]?\d+)?/, r)
    rest = binary_part(r, byte_size(num), byte_size(r) - byte_size(num))
    if String.contains?(num, [".", "e", "E"]) do
      num = if String.contains?(num, "."), do: num, else: String.replace(num, ~r/[eE]/, ".0e")
      {String.to_float(num), rest}
    else
      {String.to_integer(num), rest}
    end
  end

  defp string(<<?", r::binary>>, acc), do: {acc |> Enum.reverse() |> IO.iodata_to_binary(), r}
  defp string(<<?\\, ?u, hex::binary-size(4), r::binary>>, acc),
    do: string(r, [<<String.to_integer(hex, 16)::utf8>> | acc])
  defp string(<<?\\, c, r::binary>>, acc) do
    ch = %{?n => "\n", ?t => "\t", ?" => "\"", ?\\ => "\\", ?/ => "/"}[c]
    string(r, [ch | acc])
  end
  defp string(<<c::utf8, r::binary>>, acc), do: string(r, [<<c::utf8>> | acc])
  defp string("", _), do: throw({:json_error, :unexpected_end, ""})

  defp array(<<?], r::binary>>, _, acc), do: {Enum.reverse(acc), r}
  defp array(r, t, acc) do
    {v, r} = value(r, t)
    case skip(r) do
      <<?,, r::binary>> -> array(skip(r), t, [v | acc])
      <<?], r::binary>> -> {Enum.reverse([v | acc]), r}
      "" -> throw({:json_error, :unexpected_end, ""})
      r -> throw({:json_error, :unexpected_char, r})
    end
  end

  defp object(<<?}, r::binary>>, _, acc), do: {acc, r}
  defp object(<<?", r::binary>>, t, acc) do
    {k, r} = string(r, [])
    <<?:, r::binary>> = skip(r)
    {v, r} = value(skip(r), t)
    acc = Map.put(acc, k, v)
    case skip(r) do
      <<?,, r::binary>> -> object(skip(r), t, acc)
      <<?}, r::binary>> -> {acc, r}
      r -> throw({:json_error, :unexpected_char, r})
    end
  end
end
