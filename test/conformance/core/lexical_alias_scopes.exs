# alias holds from where it is written to the end of its scope: the module body from there on
# (defs after it, not before), a def body, clause bodies (case, cond, receive, try, fn), if/unless
# blocks, for and with (generators and clauses too); a block, an argument, a match, an if
# condition and a case subject do not end a scope
defmodule M do
  def before, do: __ENV__.aliases
  alias Foo.Bar
  def after_, do: __ENV__.aliases
  def in_def do
    alias X.Y
    {__ENV__.aliases, (if true do alias P.Q; __ENV__.aliases end), __ENV__.aliases}
  end
  def sib, do: __ENV__.aliases
  def blk do
    x = (alias B.C; 1)
    {x, __ENV__.aliases}
  end
  def args do
    {IO.inspect(alias(D.E)), __ENV__.aliases}
  end
  def casey(v) do
    case v do
      1 -> alias K.L; __ENV__.aliases
      _ -> __ENV__.aliases
    end
  end
  def fnn, do: {(fn -> alias F.G; __ENV__.aliases end).(), __ENV__.aliases}
  def forr, do: {(for _ <- [1], do: (alias H.I; __ENV__.aliases)), __ENV__.aliases}
  def withh, do: {(with _ <- 1, do: (alias W.V; __ENV__.aliases)), __ENV__.aliases}
  def withh2, do: {(with(a = (alias W2.V2; 1), do: (_ = a; __ENV__.aliases))), __ENV__.aliases}
  def matchh do
 y = (alias Z.R; 1)
 {y, __ENV__.aliases}
 end
  def tryy, do: {(try do alias T.U; __ENV__.aliases after :ok end), __ENV__.aliases}
  def condd, do: {(cond do true -> alias C1.C2; __ENV__.aliases end), __ENV__.aliases}
  def unlesss, do: {(unless false do alias U1.U2; __ENV__.aliases end), __ENV__.aliases}
  def iff_cond, do: {(if (alias I1.I2; true), do: __ENV__.aliases), __ENV__.aliases}
  def case_subj, do: {(case (alias S1.S2; 1) do _ -> __ENV__.aliases end), __ENV__.aliases}
  def ops, do: {(alias O1.O2; 1) + 1, __ENV__.aliases}
  def tup, do: {{(alias T1.T2; 1)}, __ENV__.aliases}
  def lst, do: {[(alias L1.L2; 1)], __ENV__.aliases}
  def rcv do
    send(self(), 1)
    {receive do _ -> alias R1.R2; __ENV__.aliases end, __ENV__.aliases}
  end
end
for f <- [:before, :after_, :in_def, :sib, :blk, :args, :fnn, :forr, :withh, :withh2, :matchh, :tryy, :condd, :unlesss, :iff_cond, :case_subj, :ops, :tup, :lst, :rcv], do: IO.inspect({f, apply(M, f, [])})
IO.inspect(M.casey(1)); IO.inspect(M.casey(2))
