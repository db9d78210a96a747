# `"ab" <> rest` in a pattern is `<<"ab", rest::binary>>`: a subject that is not whole bytes does
# not match, whatever the rest's pattern (ignored, bound, a literal <<...>>), in clauses that are
# called often enough to be compiled and at the top level
defmodule Prefix do
  def ignored("ab" <> _), do: :yes
  def ignored(_), do: :no
  def bound("ab" <> rest), do: {:yes, rest}
  def bound(_), do: :no
  def empty("" <> rest), do: {:yes, rest}
  def empty(_), do: :no
  def nibbles("a" <> <<x::4, y::4>>), do: {x, y}
  def nibbles(_), do: :no
end

subjects = ["abc", "ab", <<"ab", 1::1>>, <<"abc", 5::3>>, <<"a", 0x12>>, <<"a", 0x12, 1::2>>, "x", <<1::7>>, <<>>]

for _ <- 1..200 do
  for s <- subjects, do: {Prefix.ignored(s), Prefix.bound(s), Prefix.empty(s), Prefix.nibbles(s)}
end

for s <- subjects do
  IO.inspect({s, Prefix.ignored(s), Prefix.bound(s), Prefix.empty(s), Prefix.nibbles(s)})
end

for s <- subjects do
  r =
    case s do
      "ab" <> rest -> {:prefix, rest}
      _ -> :other
    end

  IO.inspect(r)
end

try do
  "ab" <> r = <<"ab", 3::2>>
  IO.inspect(r)
rescue
  e -> IO.puts(Exception.message(e))
end
