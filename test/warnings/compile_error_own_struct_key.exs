# %Mod{key: v} in Mod's own function after its defstruct is expanded against that struct, as
# Elixir does while the module is open: a key it lacks is a KeyError at compile time
defmodule OwnStruct do
  defstruct [:a, :b]
  def ok, do: %OwnStruct{a: 1}
  def also_ok(s), do: %__MODULE__{s | b: 2}
  def new(x) do
    y = 1
    %OwnStruct{a: x, c: 2}
  end
end
