defmodule M do
  def parse(<<len::8, data::binary-size(len), rest::binary>>), do: data
  def head(<<h, t::binary>>), do: :ok
end
IO.inspect(M.parse(<<2, "ab", "c">>))
