# Calls Elixir or OTP's compiler rewrites before OTP folds their constant arguments, warned of as
# the rewritten code fails: put_elem/elem's index increment and :erlang.setelement/element,
# Map.merge/2 of a map built in place (a map update of its first argument), apply/2 of a list
# written out (a call of its first argument), Kernel.is_map_key/2 (:erlang.is_map_key/2), and
# sigils without interpolation, which are literals
defmodule Rewritten do
  def put_empty, do: put_elem({}, 0, 1)
  def put_atom_index, do: put_elem({1}, :a, 1)
  def put_out_of_range, do: put_elem({1}, 5, 1)
  def put_no_tuple, do: put_elem(:x, 0, 1)
  def put_remote, do: Kernel.put_elem({}, 0, 1)
  def put_known(v), do: put_elem({v}, 0, 2)
  def elem_atom_index, do: elem({1}, :a)
  def elem_float_index, do: elem({1}, 1.0)
  def elem_remote, do: Kernel.elem({1}, :a)

  def merge_empty, do: Map.merge(1, %{})
  def merge_pairs, do: Map.merge([], %{a: 1})
  def merge_key(k), do: Map.merge(1, %{k => 1})
  def merge_erlang, do: :maps.merge(1, %{})
  def merge_map_first, do: Map.merge(%{a: 1}, 1)
  def merge_unknown(m), do: Map.merge(m, %{a: 1})
  def merge_bound do
    x = :atom
    Map.merge(x, %{b: 2})
  end

  def apply_atom, do: apply(:a, [])
  def apply_args, do: apply(:a, [1, 2])
  def apply_integer, do: apply(1, [])
  def apply_binary, do: apply("f", [])
  def apply_tuple, do: apply({:a, :b}, [])
  def apply_no_list, do: apply(:a, 1)
  def apply_fun, do: apply(fn -> 1 end, [])
  def apply_capture, do: apply(&List.first/1, [[1]])
  def apply_bound do
    f = 5
    apply(f, [1])
  end

  def map_key_remote, do: Kernel.is_map_key(1, :a)
  def map_key_local, do: is_map_key(1, :a)

  def charlist_sigil, do: List.to_integer(~c"x")
  def charlist_upper, do: List.to_integer(~C"x")
  def string_sigil, do: String.to_integer(~s"x")
  def string_upper, do: String.to_integer(~S"x")
  def words_sigil, do: length(~w(a b c)a) + :a
  def float_sigil, do: List.to_float(~c"1")
  def base_sigil, do: List.to_integer(~c"1", 99)
  def escaped_sigil, do: String.to_integer(~s"\x41")
  def interpolated_sigil(x), do: String.to_integer(~s"#{x}")
end

IO.inspect(Rewritten.put_known(1))
IO.inspect(Rewritten.apply_capture())
IO.inspect(Rewritten.merge_unknown(%{}))
