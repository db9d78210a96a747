defmodule Mixenv do
  @moduledoc "Reads Mix.env/0 at compile time and at run time."
  @compiled_in Mix.env()

  def compiled_in, do: @compiled_in

  def now, do: Mix.env()
end
