# Guard checks that exclude each other, as Elixir 1.14's type checker reports them: on a variable
# inside a pattern that gives it no type (a tuple's element, a list's head, a map's value), with
# is_number/is_boolean (unions: the first of their types that cannot be the other's is named;
# a literal atom is an atom(), not the other way), and in one of several `when`s (one module:
# Elixir checks modules in parallel, and their warnings interleave)
defmodule Guards do
  def tuple_element({:ok, x}) when is_tuple(x) and is_list(x), do: x
  def list_head([h | _]) when is_integer(h) and is_atom(h), do: h
  def map_value(%{a: a}) when is_integer(a) and is_binary(a), do: a
  def narrowed({x}) when is_number(x) and is_integer(x), do: x

  def number_atom(x) when is_number(x) and is_atom(x), do: x
  def atom_number(x) when is_atom(x) and is_number(x), do: x
  def boolean_integer(x) when is_boolean(x) and is_integer(x), do: x
  def atom_boolean(x) when is_atom(x) and is_boolean(x), do: x
  def number_float(x) when is_number(x) and is_float(x), do: x
  def number_boolean(x) when is_number(x) and is_boolean(x), do: x
  def fine(x) when is_integer(x) and is_number(x), do: x
  def also_fine(x) when is_boolean(x) and is_atom(x), do: x
  def bits(x) when is_binary(x) and is_bitstring(x), do: x

  def second(x) when is_integer(x) when is_atom(x) and is_list(x), do: x
  def both(x) when is_atom(x) and is_list(x) when is_integer(x) and is_float(x), do: x
  def first({x}) when is_pid(x) and is_map(x) when is_integer(x), do: x
end

IO.puts("done")
