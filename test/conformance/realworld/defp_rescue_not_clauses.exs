# a definition's own rescue given a value instead of -> clauses
defmodule Safe do
  def run, do: parse()

  defp parse do
    String.to_integer("x")
  rescue
    nil
  end
end

IO.inspect(Safe.run())
