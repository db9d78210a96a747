# Remote calls Elixir inlines into an :erlang BIF that may raise, and the :maps calls OTP's
# compiler turns into guard BIFs: a dropped result is warned about under the BIF's name
defmodule Inlined do
  def drop(m, k, l, t, s, i, atom, f) do
    Map.fetch!(m, k)
    Map.has_key?(m, k)
    :maps.get(k, m)
    :maps.is_key(k, m)
    Atom.to_charlist(atom)
    Atom.to_string(atom)
    Integer.to_string(i)
    Integer.to_string(i, 16)
    Integer.to_charlist(i)
    List.to_atom(l)
    List.to_integer(l, 16)
    List.to_tuple(l)
    Tuple.to_list(t)
    Tuple.append(t, 1)
    String.to_atom(s)
    String.to_integer(s)
    String.to_float(s)
    Map.get(m, k)
    Map.keys(m)
    :erlang.float_to_binary(f)
    :erlang.setelement(1, t, 1)
    :ok
  end
end
