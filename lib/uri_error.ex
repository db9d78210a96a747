defmodule URI.Error do
  defexception [:action, :reason, :part]

  @impl true
  def message(%{action: action, reason: reason, part: part}) do
    "cannot #{action} due to reason #{reason}: #{inspect(part)}"
  end
end
