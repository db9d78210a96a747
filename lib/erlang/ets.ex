# The higher-order part of :ets (the rest are BIFs, vm/bifs/ets.ts): folds over a snapshot of the
# table's objects, in table order (foldr from the end).
defmodule :ets do
  def foldl(fun, acc, table) when is_function(fun, 2) do
    :lists.foldl(fun, acc, :ets.tab2list(table))
  end

  def foldr(fun, acc, table) when is_function(fun, 2) do
    :lists.foldr(fun, acc, :ets.tab2list(table))
  end
end
