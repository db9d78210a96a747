# OTP's compiler propagates a case's constant subject into the clause's variables, through the
# tuples and lists of its pattern, and knows a remote capture (&Mod.f/n) as a literal: a BIF then
# applied to them all will fail, and warns. A pattern that may not match (a literal in it, a
# repeated variable) gives no values.
defmodule Destructured do
  def tuple do
    case {1, :a} do
      {x, y} -> x + y
    end
  end

  def nested do
    case {[1, "b"], :c} do
      {[n, s], _} -> n * s
    end
  end

  def capture do
    f = &String.upcase/1
    f * 2
  end

  def not_sure(t) do
    case {1, :a} do
      {1, y} -> y + t
      {x, "a"} -> x + :c
      {x, x} -> x + :b
      _ -> :none
    end
  end
end

IO.inspect(Destructured.not_sure(1))
