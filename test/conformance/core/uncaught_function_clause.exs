defmodule Parser do
  def parse("int:" <> rest), do: String.to_integer(rest)
  def parse("atom:" <> rest), do: String.to_atom(rest)
end

IO.inspect(Parser.parse("int:42"))
IO.inspect(Parser.parse("atom:ok"))
IO.inspect(Parser.parse("float:1.0"))
