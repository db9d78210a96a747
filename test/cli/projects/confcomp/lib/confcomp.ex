defmodule Confcomp do
  @moduledoc "Reads its configuration while it compiles."
  @greeting Application.compile_env(:confcomp, :greeting)
  @limit Application.get_env(:confcomp, :limit)

  def greeting, do: @greeting
  def limit, do: @limit
  def now, do: Application.get_env(:confcomp, :greeting)
end
