# __info__(:struct) lists each field as %{field:, required:}: required for @enforce_keys (a list or
# one atom), and an exception's __exception__ first; nil for a module without a struct
defmodule Plain do
  defstruct [:a, b: 2]
end

defmodule Enforced do
  @enforce_keys [:b]
  defstruct [:a, :b, c: 1]
end

defmodule OneKey do
  @enforce_keys :x
  defstruct [:x, :y]
end

defmodule Oops do
  defexception [:message, :x]
end

defmodule NoStruct do
  def f, do: 1
end

for m <- [Plain, Enforced, OneKey, Oops, NoStruct, URI, Range] do
  IO.inspect(m.__info__(:struct), label: inspect(m))
end
