defmodule M do
  def show(name, age) do
    ~s(hello #{name})
  end
  def words(w, n), do: ~w(a b c)
end
IO.inspect(M.show("x", 1))
