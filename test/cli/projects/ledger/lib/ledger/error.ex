defmodule Ledger.Error do
  defexception [:reason]

  @impl true
  def message(%{reason: r}), do: "cannot post: #{r}"
end
