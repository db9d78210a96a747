# A map pattern bound to a variable in a function's head (`%{} = v`, `v = %{...}`, `%S{} = v`,
# as an argument or inside a tuple or list) makes v a map before the guard: a check of another
# type conflicts, traced to the pattern as written, and so does a use of another type
defmodule Account do
  defstruct [:id, :balance]
end

defmodule Ledger do
  def post(%{} = entry) when is_integer(entry), do: entry
  def post_list(entry = %{}) when is_list(entry), do: entry
  def account(%Account{} = acc) when is_tuple(acc), do: acc
  def amount(%{amount: 1} = entry) when is_atom(entry), do: entry
  def with_value(%{amount: amount} = entry) when is_atom(entry), do: amount
  def by_key(entry = %{"id" => id}) when is_binary(entry), do: id
  def first([%{} = entry | _]) when is_atom(entry), do: entry
  def both(%{} = entry, n) when is_integer(n) and is_atom(entry), do: entry

  def encode(%{} = entry), do: <<entry::binary>>
  def encode_amount(%{amount: 1} = entry), do: <<entry::binary>>
  def encode_account(%Account{} = acc), do: <<acc::binary>>
  def encode_ok({:ok, %{} = entry}), do: <<entry::binary>>
  def call(%{} = entry), do: entry.run()
  def field(%{} = entry), do: entry.amount

  # a map's checks after the pattern: is_map and is_struct add a trace of their own
  def keyed(%{} = entry) when is_map_key(entry, :a), do: <<entry::binary>>
  def sized(%{} = entry) when map_size(entry) > 1, do: <<entry::binary>>
  def struct(%{} = entry) when is_struct(entry), do: <<entry::binary>>
  def checked(%{} = entry) when is_map(entry) and is_integer(entry), do: entry
  def with_guard(%{amount: a} = entry) when is_integer(a), do: <<entry::binary>>
end

IO.puts(:done)
