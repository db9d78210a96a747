IO.inspect(to_charlist(:atom))
IO.inspect(to_charlist(nil))
IO.inspect(to_charlist(true))
IO.inspect(to_charlist("héllo"))
IO.inspect(to_charlist(42))
IO.inspect(to_charlist(-7))
IO.inspect(to_charlist(1.5))
IO.inspect(to_charlist(1.0e20))
IO.inspect(to_charlist('already'))
IO.inspect(to_charlist(['a', "b", ?c]))
IO.inspect(List.Chars.to_charlist(:x))
IO.inspect(List.Chars.impl_for(1))
IO.inspect(List.Chars.impl_for(%{}))
IO.inspect(Enum.map([:a, "b", 3, 4.0, 'e'], &to_charlist/1))

defmodule Money do
  defstruct [:cents]
end

defimpl List.Chars, for: Money do
  def to_charlist(%Money{cents: c}), do: '$' ++ Integer.to_charlist(div(c, 100)) ++ '.' ++ Integer.to_charlist(rem(c, 100))
end

defmodule Main do
  def run do
    IO.inspect(to_charlist(%Money{cents: 1234}))
    for bad <- [{1, 2}, %{a: 1}, self()] do
      try do
        to_charlist(bad)
      rescue
        e in Protocol.UndefinedError -> IO.puts(Exception.message(e) |> String.replace(~r/#PID<[^>]*>/, "#PID<>"))
      end
    end
  end
end

Main.run()
