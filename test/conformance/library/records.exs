# Record.defrecord/defrecordp: build, read, update, index, to keyword, match in patterns and
# comprehensions, is_record/1,2 in guards and as calls
defmodule User do
  require Record
  Record.defrecord(:user, name: "meg", age: 25)
  Record.defrecord(:point, :pt, [:x, y: 0])
  Record.defrecordp(:secret, [:value])

  def run do
    u = user()
    IO.inspect(u)
    IO.inspect(user(name: "joe"))
    u2 = user(u, age: 30)
    IO.inspect(u2)
    IO.inspect(user(u2, :age))
    IO.inspect(user(u2))
    IO.inspect(user(:age))
    user(name: name) = u2
    IO.inspect(name)
    IO.inspect(match?(user(age: 30), u2))
    IO.inspect(point(x: 1))
    IO.inspect(point(point(x: 1), :y))
    IO.inspect(Record.is_record(u))
    IO.inspect(Record.is_record(u, :user))
    IO.inspect(Record.is_record(u, :point))
    IO.inspect(Enum.map([{}, :x, {1, 2}, {:user}], &Record.is_record(&1, :user)))
    IO.inspect(Enum.map([{}, :x, {1, 2}, {:user}], fn r -> Record.is_record(r) end))
    IO.inspect(describe(u2))
    IO.inspect(describe(point()))
    IO.inspect(secret(value: 1) |> secret(:value))
    IO.inspect(for user(name: n, age: a) <- [user(), user(name: "z", age: 1)], do: {n, a})
    IO.inspect(update(u))
    IO.inspect(point(x: 5, y: 6) |> point())
  end

  defp describe(r) when Record.is_record(r, :user), do: "user #{user(r, :name)}"
  defp describe(r) when Record.is_record(r), do: "record #{elem(r, 0)}"
  defp update(user(age: age) = u), do: user(u, age: age + 1, name: "older")
end
User.run()
