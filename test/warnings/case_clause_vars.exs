defmodule M do
  def kind(x) do
    case x do
      {:ok, value} -> :ok
      {:error, reason} -> {:error, reason}
      other when is_atom(other) -> :atom
      unknown -> :unknown
    end
  end
end
IO.inspect(M.kind({:ok, 1}))
