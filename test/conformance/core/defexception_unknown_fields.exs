# A defexception's default exception/1 drops the fields its struct has not (Elixir 1.14 warns on
# stderr, later versions raise); raise/2 with a keyword list goes through it.
defmodule MyE do
  defexception [:message, code: 0]
end

defmodule Enforced do
  @enforce_keys [:id]
  defexception [:id, :message]
end

for m <- [ArgumentError, RuntimeError, KeyError, MyE, ArithmeticError, Protocol.UndefinedError] do
  IO.inspect(m.exception(message: "bad", extra: 1))
end

IO.inspect(MyE.exception(code: 7, other: :x))
IO.inspect(MyE.exception([]))

try do
  raise ArgumentError, message: "bad", extra: 1
rescue
  e -> IO.inspect(e)
end

try do
  raise MyE, code: 42, nope: true
rescue
  e -> IO.inspect({e.code, e.message})
end

IO.inspect(try(do: Enforced.exception(message: "m"), rescue: (e -> e)))
IO.inspect(try(do: Enforced.exception(id: 1, x: 2), rescue: (e -> e)))
