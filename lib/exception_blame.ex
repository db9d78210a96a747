# Exception.Blame: the clauses of a function matched against the arguments of a failed call, for
# FunctionClauseError's "Attempted function clauses" (Exception.blame_mfa/3).
defmodule Exception.Blame do
  @moduledoc false

  def clauses(_module, _function, _args), do: :error
end
