# OTP's compiler folds nested pure BIFs on constants (after Elixir's inlining) before it checks
# for calls that will fail: the warning is for the outer call
defmodule Nested do
  def a, do: :erlang.atom_to_binary(String.to_integer("1"))
  def b, do: hd(Integer.to_string(5))
  def c, do: Atom.to_string(String.to_atom("a")) + 1
  def d, do: String.to_integer("1") + :a
  def e do
    x = String.to_integer("2")
    x + :a
  end
  def f, do: length(Tuple.to_list({1, 2})) + :b
  def g, do: elem(List.to_tuple([1]), 3)
  def h, do: :erlang.atom_to_binary(:erlang.binary_to_atom("ok", :utf8)) - 1
  def i, do: String.to_integer(String.to_integer("1"))
  def j(y), do: String.to_integer(y) + :c
end

IO.puts(:erlang.atom_to_binary(String.to_atom("top")) <> "!")
try do
  IO.puts(:erlang.atom_to_binary(String.to_integer("12") + 1) <> "!")
rescue
  e -> IO.puts(Exception.message(e))
end
