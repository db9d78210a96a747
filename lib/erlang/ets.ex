# The higher-order part of :ets (the rest are BIFs, vm/bifs/ets.ts): folds over a snapshot of the
# table's objects in first/next order (foldr: last/prev, which for an unordered table is the same).
defmodule :ets do
  def foldl(fun, acc, table) when is_function(fun, 2) do
    :lists.foldl(fun, acc, :beamlet.ets_fold_objects(table, false))
  end

  def foldr(fun, acc, table) when is_function(fun, 2) do
    :lists.foldl(fun, acc, :beamlet.ets_fold_objects(table, true))
  end
end
