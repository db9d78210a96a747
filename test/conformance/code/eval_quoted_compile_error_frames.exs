# The stack trace of a CompileError Code.eval_quoted/3 raises for a quoted form that does not
# expand (an undefined function): :elixir.eval_forms/3 and its quoted_to_erl, under
# Code.eval_quoted/3 (lib/code.ex:825), over the caller's frames, the BEAM's eight less one; the
# error left uncaught prints Code.eval_quoted/3's frame above the script's.
defmodule Caller do
  def run(q) do
    Code.eval_quoted(q)
    :unreachable
  end

  def with_opts(q) do
    Code.eval_quoted(q, [], file: "x.ex", line: 3)
    :unreachable
  end
end

for f <- [&Caller.run/1, &Caller.with_opts/1] do
  try do
    f.(quote(do: zz()))
  rescue
    e -> IO.inspect({e.__struct__, Exception.message(e), __STACKTRACE__})
  end
end

Code.eval_quoted(quote(do: zz(1, 2)))
