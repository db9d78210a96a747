# Code.fetch_docs(Enum): the signatures Elixir 1.14 keeps for functions with defaults and their
# hidden companions (max_by/3 and min_by/3 are separate clauses there), chunk/3's argument names,
# and no entry for a function Elixir does not have
{:docs_v1, _, _, _, _, _, docs} = Code.fetch_docs(Enum)

for {{kind, name, arity}, _anno, sig, doc, _meta} <- Enum.sort(docs),
    name in [:chunk, :max_by, :min_by, :min_max_by, :min_max, :slide, :max, :min, :__into_bits__] do
  IO.inspect({kind, name, arity, sig, doc == :hidden})
end

IO.inspect(Enum.max_by([3, 1, 2], &(-&1), fn -> :empty end))
IO.inspect(Enum.min_by([], & &1, fn -> :empty end))
IO.inspect(Enum.min_max_by([], & &1, fn -> :empty end))
IO.inspect(Enum.max_by(["a", "bb"], &String.length/1, &<=/2))
IO.inspect(Enum.chunk([1, 2, 3, 4, 5], 2, 1))
IO.inspect(function_exported?(Enum, :__into_bits__, 1))

# the argument names and the :since metadata of the zip and counting functions
for {{kind, name, arity}, _anno, sig, _doc, meta} <- Enum.sort(docs),
    name in [:zip_with, :zip_reduce, :count_until, :chunk_while, :frequencies_by, :map_every, :map_intersperse, :slide, :split_with] do
  IO.inspect({kind, name, arity, sig, meta[:since]})
end

# the deprecated ones say so in their metadata
for {{_kind, name, arity}, _anno, _sig, doc, %{deprecated: why}} <- Enum.sort(docs) do
  IO.inspect({name, arity, doc, why})
end
IO.inspect(Enum.__info__(:deprecated) |> Enum.sort())
