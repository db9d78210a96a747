defmodule R do
  def loop(n) when n > 0, do: loop(n - 1)
end
R.loop(3)
String.to_existing_atom("definitely_not_an_atom_xyz")
