# Prints the quoted form of an Elixir source file as JSON in beamlet's AST representation
# (see lang/ast.ts). Used to check beamlet's parser against real Elixir.
# usage: elixir scripts/quoted_json.exs FILE
defmodule QuotedJson do
  def enc({:__tuple__, meta, items}) when is_list(meta) and is_list(items),
    do: ~s({"t":"tuple","items":[#{Enum.map_join(items, ",", &enc/1)}],"meta":#{meta(meta)}})
  def enc({name, meta, args}) when is_list(meta) and (is_atom(args) or is_list(args)) do
    n = if is_atom(name), do: str(Atom.to_string(name)), else: enc(name)
    a = if is_atom(args), do: "null", else: "[" <> Enum.map_join(args, ",", &enc/1) <> "]"
    ~s({"t":"call","name":#{n},"meta":#{meta(meta)},"args":#{a}})
  end
  def enc({a, b}), do: ~s({"t":"tuple","items":[#{enc(a)},#{enc(b)}]})
  def enc(i) when is_integer(i), do: ~s({"t":"int","v":"#{i}"})
  def enc(f) when is_float(f), do: ~s({"t":"float","v":#{:erlang.float_to_binary(f, [:short])}})
  def enc(a) when is_atom(a), do: ~s({"t":"atom","v":#{str(Atom.to_string(a))}})
  def enc(s) when is_binary(s), do: ~s({"t":"str","v":#{str(s)}})
  def enc(l) when is_list(l), do: ~s({"t":"list","items":[#{Enum.map_join(l, ",", &enc/1)}]})
  def meta(m) do
    # a sigil's delimiter is part of its meta (Elixir 1.14 keeps it: Macro.to_string prints it)
    parts = if m[:delimiter], do: [~s("delimiter":#{str(m[:delimiter])})], else: []
    parts = parts ++ for k <- [:indentation], Keyword.has_key?(m, k), do: ~s("#{k}":#{m[k]})
    parts = parts ++ for k <- [:line, :column], Keyword.has_key?(m, k), do: ~s("#{k}":#{m[k]})
    parts = if m[:no_parens], do: parts ++ [~s("no_parens":true)], else: parts
    parts = if Keyword.has_key?(m, :ambiguous_op), do: parts ++ [~s("ambiguous_op":true)], else: parts
    "{" <> Enum.join(parts, ",") <> "}"
  end
  def str(s) do
    body = s |> String.to_charlist() |> Enum.map(fn
      ?" -> "\\\""; ?\\ -> "\\\\"; ?\n -> "\\n"; ?\r -> "\\r"; ?\t -> "\\t"
      c when c < 32 -> "\\u" <> String.pad_leading(Integer.to_string(c, 16), 4, "0")
      c -> <<c::utf8>>
    end)
    "\"" <> IO.iodata_to_binary(body) <> "\""
  end
  # {:{}, m, items} is a tuple too: one form for every size
  def normalize({:{}, meta, items}) when is_list(items), do: {:__tuple__, meta, Enum.map(items, &normalize/1)}
  def normalize({a, b, c}), do: {normalize(a), b, if(is_list(c), do: Enum.map(c, &normalize/1), else: c)}
  def normalize({a, b}), do: {normalize(a), normalize(b)}
  def normalize(l) when is_list(l), do: Enum.map(l, &normalize/1)
  def normalize(x), do: x
end
[file] = System.argv()
src = File.read!(file)
case Code.string_to_quoted(src, columns: true, file: file) do
  {:ok, q} ->
    IO.puts(q |> QuotedJson.normalize() |> QuotedJson.enc())
  {:error, e} -> IO.puts(:stderr, inspect(e)); System.halt(1)
end
