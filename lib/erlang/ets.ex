# The higher-order part of :ets (the rest are BIFs, vm/bifs/ets.ts), as OTP writes it: the table is
# fixed (inserts split no bucket, deleted keys stay findable) and walked key by key with
# first/next (foldr: last/prev, the same order for an unordered table), so objects the fun
# inserts further on are visited too.
defmodule :ets do
  def foldl(fun, acc, table) when is_function(fun, 2) do
    :ets.safe_fixtable(table, true)

    try do
      do_foldl(fun, acc, :ets.first(table), table)
    after
      :ets.safe_fixtable(table, false)
    end
  end

  def foldr(fun, acc, table) when is_function(fun, 2) do
    :ets.safe_fixtable(table, true)

    try do
      do_foldr(fun, acc, :ets.last(table), table)
    after
      :ets.safe_fixtable(table, false)
    end
  end

  defp do_foldl(_fun, acc, :"$end_of_table", _table), do: acc

  defp do_foldl(fun, acc, key, table) do
    acc = :lists.foldl(fun, acc, :ets.lookup(table, key))
    do_foldl(fun, acc, :ets.next(table, key), table)
  end

  defp do_foldr(_fun, acc, :"$end_of_table", _table), do: acc

  defp do_foldr(fun, acc, key, table) do
    acc = :lists.foldr(fun, acc, :ets.lookup(table, key))
    do_foldr(fun, acc, :ets.prev(table, key), table)
  end

  # fun2ms/1 works only on code a parse transform or the shell rewrote: a compiled fun is
  # refused with OTP's exit
  @file "ets.erl"
  def fun2ms(fun) when is_function(fun) do
    reason = [:function, :called, :with, :real, :fun, :should, :be, :transformed, :with, :parse_transform, :or, :called, :with, :a, :fun, :generated, :in, :the, :shell]
    __at_line__(615, exit({:badarg, {:ets, :fun2ms, reason}}))
  end
end
