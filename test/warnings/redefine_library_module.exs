defmodule OptionParser do
  def y, do: 1
end
defmodule URI do
  def z, do: 2
end
defmodule Mine do end
defmodule Mine do end
IO.inspect {OptionParser.y, URI.z}
# beamlet's own helper modules are no Elixir library module: no warning
defmodule IO.Device do
  def d, do: 3
end
IO.inspect IO.Device.d
