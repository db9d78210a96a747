# An uncaught error in a BIF that a function called last: the BEAM had left that function's frame
# (:erlang.atom_to_binary/1 is Erlang code in OTP 25), so the trace goes on with its caller
defmodule Conv do
  def name_of(x), do: :erlang.atom_to_binary(x)
  def label(x), do: "label: " <> name_of(x)
end

IO.puts(Conv.label(:ok))
IO.puts(Conv.label(42))
