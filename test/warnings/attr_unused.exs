defmodule M do
  @moduledoc "docs"
  @timeout 5000
  @retries 3
  @doc "f"
  def f, do: @retries
end
IO.inspect(M.f())
