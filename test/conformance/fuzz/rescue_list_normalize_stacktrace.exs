# `rescue e in [...]` normalizes an Erlang error with the stack trace only as Elixir 1.14 decides
# from the order of the names (found by scripts/fuzz-diff-terms.mjs seed 5): without it a badarg
# says just "argument error" and a 2-tuple badkey has no term.
defmodule Main do
  def to_int(s), do: String.to_integer(s)
  def get(m, k), do: :maps.get(k, m)

  def run do
    msg = fn f ->
      try do
        f.()
      rescue
        e in [ArgumentError] -> {1, Exception.message(e)}
      end
    end

    IO.inspect(msg.(fn -> to_int("1.5") end))

    IO.inspect(try do to_int("x") rescue e in [ArgumentError, MatchError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [MatchError, ArgumentError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [ArgumentError, ArithmeticError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [ArgumentError, RuntimeError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [ArgumentError, ErlangError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [ArgumentError, KeyError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [KeyError, MatchError, ArgumentError] -> Exception.message(e) end)
    IO.inspect(try do to_int("x") rescue e in [ArgumentError, KeyError, MatchError] -> Exception.message(e) end)
    IO.inspect(try do hd(Enum.random([[]])) rescue e in [ArgumentError, CaseClauseError] -> e end)
    IO.inspect(try do get(%{}, :a) rescue e in [KeyError, MatchError] -> {e.key, e.term, Exception.message(e)} end)
    IO.inspect(try do get(%{}, :a) rescue e in [MatchError, KeyError] -> {e.key, e.term, Exception.message(e)} end)
    IO.inspect(try do get(%{}, :a) rescue e in [MatchError, KeyError, ArgumentError] -> Exception.message(e) end)
    # an error the clause's first names do not match gets the stack trace when a later one does
    IO.inspect(try do to_int("x") rescue e in [ArgumentError, MatchError, KeyError] -> Exception.message(e) end)
    IO.inspect(try do get(%{}, :b) rescue e in [ArgumentError, MatchError, KeyError] -> Exception.message(e) end)
    # matched by the module that did not get the stack trace
    IO.inspect(try do {:ok, _} = Enum.random([:error]) rescue e in [ArgumentError, MatchError] -> Exception.message(e) end)
  end
end

Main.run()
