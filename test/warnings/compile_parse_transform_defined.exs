# A parse transform whose module exports parse_transform/2 is deprecated too, and the module
# compiles (beamlet runs no transform: an identity transform is the only one it can stand for),
# with the Erlang compiler's warnings after the deprecation's
defmodule IdentityTransform do
  def parse_transform(forms, _options), do: forms
end

defmodule Transformed do
  @x 1
  @compile {:parse_transform, IdentityTransform}
  def f(1), do: 1
  def f(1), do: 2
  def g, do: 1 + :a
end

IO.puts(Transformed.f(1))
