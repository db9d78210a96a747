# `f.(args)` of a constant that is no function (after propagation) is OTP's "invalid function
# call" warning; the call fails when run. Funs and captures, and non-constant values, do not warn.
defmodule Calls do
  def number do
    x = 5
    x.()
  end

  def literals do
    try do
      "s".()
    rescue
      BadFunctionError -> :bad
    end

    try do
      [1].(2)
    rescue
      BadFunctionError -> :bad
    end

    try do
      {:ok, 1}.()
    rescue
      BadFunctionError -> :bad
    end
  end

  def atom_variable do
    f = :a
    f.(1)
  end

  def fine(g) do
    f = fn -> 1 end
    h = &String.upcase/1
    {f.(), h.("a"), g.()}
  end
end

IO.inspect(Calls.fine(fn -> 2 end))
IO.inspect(Calls.literals())
x = 5
IO.puts("top level")
x.()
