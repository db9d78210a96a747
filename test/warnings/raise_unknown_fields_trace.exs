# raise/2 with fields the exception does not have: Elixir 1.14's warning, whose trace starts at
# the exception's exception/1 with its location (a program's defexception line, lib/exception.ex
# for Elixir's own), as deep as the BEAM keeps
defmodule MyErr do
  defexception [:message]
end

defmodule Raiser do
  def mine(x), do: raise(MyErr, message: "bad #{x}", extra: 1)
  def builtin(x), do: raise(ArgumentError, message: "bad #{x}", code: 2)
end

for f <- [:mine, :builtin] do
  try do
    apply(Raiser, f, [1])
  rescue
    e -> IO.inspect(e)
  end
end

IO.inspect(KeyError.exception(key: :k, nope: 1))
