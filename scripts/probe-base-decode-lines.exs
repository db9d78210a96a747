# Prints Elixir's Base decoders with the line of every decode call and raise in them
# (`decode64base!@642(c1)`, the `for@640` over whole groups), from Base's debug info: the lines vm/bifs/base_decode.ts puts in the
# frames of a failing Base.decode*! call. Run: elixir scripts/probe-base-decode-lines.exs
{:ok, {_, [debug_info: {:debug_info_v1, backend, data}]}} = :beam_lib.chunks(:code.which(Base), [:debug_info])
{:ok, forms} = backend.debug_info(:elixir_v1, Base, data, [])
wanted = ~w(bad_character!/1 decode16!/2 decode16upper!/2 decode32upper!/2 decode32hexupper!/2 decode64base!/2 decode64url!/2)

located = fn
  {name, meta, args} = node when is_atom(name) and is_list(args) and is_list(meta) ->
    if meta[:line] && (name == :for or String.contains?(Atom.to_string(name), ["decode", "bad_char"])),
      do: {:"#{name}@#{meta[:line]}", meta, args},
      else: node

  {{:., _, [:erlang, :error]}, meta, args} ->
    {:"error@#{meta[:line]}", meta, args}

  node ->
    node
end

for {{name, arity}, _kind, _meta, clauses} <- forms.definitions, "#{name}/#{arity}" in wanted do
  IO.puts("### #{name}/#{arity}")

  for {meta, args, guards, body} <- clauses do
    IO.puts("-- line #{meta[:line]}: #{Macro.to_string(args)} when #{Macro.to_string(guards)}")
    IO.puts(Macro.to_string(Macro.prewalk(body, located)))
  end
end
