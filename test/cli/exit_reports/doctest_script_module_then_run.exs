# the test module is not the script's last expression: below its body's frame, the script's own
# (`FILE:LINE: (file)`), as the BEAM's 8 frames reach it
ExUnit.start(autorun: false)

defmodule M do
  @doc """
      iex> M.f(1)
      2
  """
  def f(x), do: x + 1
end

defmodule MTest do
  use ExUnit.Case
  doctest M
end

ExUnit.run()
