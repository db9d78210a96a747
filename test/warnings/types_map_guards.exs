# Guards that make a variable a map: is_map, is_map_key (traced as written), map_size compared
# (traced to the map_size call), is_struct (its expansion's is_map); a later check of another
# type conflicts, and so does a use of another type in the body
defmodule Settings do
  def merge(opts) when is_map(opts) and is_list(opts), do: opts
  def port(conf) when is_map_key(conf, :port) and is_atom(conf), do: conf
  def empty?(conf) when map_size(conf) == 0 and is_tuple(conf), do: true
  def user(u) when is_struct(u) and is_binary(u), do: u
  def uri(u) when is_struct(u, URI) and is_integer(u), do: u

  def encode(data) when is_map(data), do: <<data::binary>>
  def key(data) when is_map_key(data, "id"), do: "id:" <> data
  def size_tag(data) when map_size(data) > 3, do: <<data::binary, 0>>
  def call(data) when is_map(data), do: data.fetch()
  def field(data) when is_map(data), do: data.name

  # is_map after is_map_key or map_size: one more trace; is_map_key after is_map: none
  def both(data) when is_map_key(data, :a) and is_map(data), do: <<data::binary>>
  def again(data) when is_map(data) and is_map_key(data, :a), do: <<data::binary>>
  def sizes(data) when map_size(data) > 0 and is_map_key(data, :a), do: <<data::binary>>
  def twice(n) when is_integer(n) and is_integer(n), do: <<n::binary>>
  def struct_map(s) when is_struct(s) and is_map(s), do: <<s::binary>>

  # a map or nothing
  def maybe(m) when is_map(m) or is_nil(m), do: <<m::binary>>
  def maybe_nil(m) when is_nil(m) or is_map(m), do: <<m::binary>>
  def either(m) when is_map(m) or is_list(m), do: <<m::binary>>
  def many(m) when is_list(m) or is_atom(m), do: <<m::binary>>
end

IO.puts(:done)
