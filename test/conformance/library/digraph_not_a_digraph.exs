# :digraph's functions read their graph as OTP 25's record #digraph{}: a term that is no digraph
# fails with {:badrecord, term} where the function (or the helper it calls) first reads a field,
# and a head matching the record fails its clause; the frames are digraph.erl's.
calls = [
  delete: fn g -> :digraph.delete(g) end,
  info: fn g -> :digraph.info(g) end,
  add_vertex1: fn g -> :digraph.add_vertex(g) end,
  add_vertex2: fn g -> :digraph.add_vertex(g, :v) end,
  add_vertex3: fn g -> :digraph.add_vertex(g, :v, :l) end,
  del_vertex: fn g -> :digraph.del_vertex(g, :v) end,
  del_vertices: fn g -> :digraph.del_vertices(g, [:v]) end,
  del_vertices_none: fn g -> :digraph.del_vertices(g, []) end,
  vertex: fn g -> :digraph.vertex(g, :v) end,
  no_vertices: fn g -> :digraph.no_vertices(g) end,
  vertices: fn g -> :digraph.vertices(g) end,
  source_vertices: fn g -> :digraph.source_vertices(g) end,
  sink_vertices: fn g -> :digraph.sink_vertices(g) end,
  in_degree: fn g -> :digraph.in_degree(g, :v) end,
  in_neighbours: fn g -> :digraph.in_neighbours(g, :v) end,
  in_edges: fn g -> :digraph.in_edges(g, :v) end,
  out_degree: fn g -> :digraph.out_degree(g, :v) end,
  out_neighbours: fn g -> :digraph.out_neighbours(g, :v) end,
  out_edges: fn g -> :digraph.out_edges(g, :v) end,
  add_edge3: fn g -> :digraph.add_edge(g, :a, :b) end,
  add_edge4: fn g -> :digraph.add_edge(g, :a, :b, :l) end,
  add_edge5: fn g -> :digraph.add_edge(g, :e, :a, :b, :l) end,
  del_edge: fn g -> :digraph.del_edge(g, :e) end,
  del_edges: fn g -> :digraph.del_edges(g, [:e]) end,
  del_edges_none: fn g -> :digraph.del_edges(g, []) end,
  no_edges: fn g -> :digraph.no_edges(g) end,
  edges1: fn g -> :digraph.edges(g) end,
  edges2: fn g -> :digraph.edges(g, :v) end,
  edge: fn g -> :digraph.edge(g, :e) end,
  del_path: fn g -> :digraph.del_path(g, :a, :b) end,
  get_cycle: fn g -> :digraph.get_cycle(g, :a) end,
  get_path: fn g -> :digraph.get_path(g, :a, :b) end,
  get_short_cycle: fn g -> :digraph.get_short_cycle(g, :a) end,
  get_short_path: fn g -> :digraph.get_short_path(g, :a, :b) end
]

for g <- [1, {:digraph, 1}], {name, call} <- calls do
  try do
    IO.inspect(call.(g), label: name)
  rescue
    e ->
      frames = for {:digraph, f, a, loc} <- __STACKTRACE__, do: {f, a, loc[:line]}
      IO.inspect({name, e, frames})
  end
end

# uncaught: the report names the helper and the caller that is no last call
:digraph.add_edge(:not_a_graph, :a, :b)
