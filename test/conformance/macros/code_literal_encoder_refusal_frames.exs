# A literal encoder's {:error, reason} under string_to_quoted!/2 (and _with_comments!) is a
# SyntaxError raised as Elixir's parser raises it: no frame of Code's or the encoder's, the
# caller's frames below (7 of them: the BEAM's 8 less the parser's)
refuse = fn :a, _ -> {:error, "no atoms"}; l, _ -> {:ok, l} end

try do
  Code.string_to_quoted!("[1, :a, 3]", literal_encoder: refuse)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end

defmodule Reader do
  def read(text, enc), do: {:ok, Code.string_to_quoted_with_comments!(text, literal_encoder: enc)}
  def outer(text, enc), do: {:outer, read(text, enc)}
end

try do
  Reader.outer("x = 1\ny = :a # c", refuse)
rescue
  e -> IO.inspect({e, __STACKTRACE__})
end

IO.inspect(Code.string_to_quoted("[:a]", literal_encoder: refuse))
