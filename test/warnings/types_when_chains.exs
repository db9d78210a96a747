# Several `when`s, each one type check of one variable: the checker joins them with `or`, the
# last first and nested to the right, traced without a line number; maps in a union are written
# in full unless the conflict is a map's
defmodule Chains do
  def label(x) when is_atom(x) when is_integer(x) when is_binary(x), do: x.name
  def tag(x) when is_atom(x) when is_integer(x) when is_binary(x) when is_float(x), do: <<x::binary>>
  def wrap(x) when is_map(x) when is_tuple(x) when is_integer(x), do: <<x::binary>>
  def list_or_map(x) when is_map(x) when is_list(x), do: <<x::binary>>
  def map_or_list(x) when is_list(x) when is_map(x), do: <<x::binary>>
  def call(x) when is_map(x) when is_atom(x), do: x.run()
  def call_int(x) when is_atom(x) or is_integer(x), do: x.run()
  def get(x) when is_map(x) when is_atom(x), do: x.key
  def mixed(y, x, z) when is_map(x) or is_atom(x) do
    w = y + z
    {w, x.foo}
  end

  def in_case(value) do
    case value do
      {v, rest} when is_map(v) when is_atom(v) when is_integer(v) -> <<v::binary, rest>>
      _ -> :none
    end
  end

  def in_fn do
    fn
      x when is_pid(x) when is_reference(x) when is_port(x) -> <<x::binary>>
    end
  end

  def in_receive do
    receive do
      {:msg, m} when is_tuple(m) when is_list(m) when is_float(m) -> <<m::binary>>
    after
      0 -> :none
    end
  end

  # not one check each: left alone
  def not_chain(x) when is_atom(x) and x != nil when is_integer(x), do: <<x::binary>>
  def same(x) when is_integer(x) when is_integer(x) when is_atom(x), do: <<x::binary>>
end

IO.puts(:done)
