# an alias directive naming the module of nil, true or false (Elixir.Nil ...) warns as it expands
alias Nil
alias True, as: T
alias Foo.{Nil, False}
IO.inspect({Nil, T, False})

defmodule ReservedAlias do
  alias Elixir.False
  alias Nil, as: N

  def f do
    alias True
    {N, True}
  end
end

IO.inspect(ReservedAlias.f())
