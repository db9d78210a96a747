defmodule User do
  defstruct name: nil, age: 0
end

defmodule Main do
  def rescue_msg(f) do
    try do
      f.()
      "no error"
    rescue
      e -> "#{inspect(e.__struct__)}: #{Exception.message(e)}"
    end
  end

  def only_users(%User{} = u), do: u.name

  def run do
    u = %User{name: "ann"}
    IO.puts(rescue_msg(fn -> %{u | email: "x"} end))
    IO.puts(rescue_msg(fn -> u.email end))
    IO.puts(rescue_msg(fn -> only_users(%{name: "map"}) end))
    IO.puts(rescue_msg(fn -> struct!(User, email: 1) end))
    IO.puts(rescue_msg(fn -> Map.fetch!(u, :email) end))
    IO.puts(rescue_msg(fn -> %User{} = %{name: 1} end))
    IO.inspect(struct(User, email: 1, name: "ok"))
    IO.inspect(Map.put(u, :extra, 1))
    IO.inspect(Map.delete(u, :name))
    IO.inspect(%{u | age: 5} |> Map.get(:age))
    IO.inspect(u == %User{name: "ann", age: 0})
    IO.inspect(Enum.sort([%User{name: "b"}, %User{name: "a"}]))
  end
end

Main.run()
