# Regenerates cli/atom_indices.txt with real Elixir 1.14 / OTP 25:
#
#     elixir scripts/gen-atom-indices.exs
#
# The entries of a node's atom table that are the same in every `elixir` run, one `INDEX NAME` a
# line: the emulator's own atoms, those of the modules loaded before the boot turns concurrent,
# and many later ones (modules loading in another order move only some indices). OTP's process
# dictionary hashes an atom key by its index, so get/0 lists atom keys in an order that follows
# from them (vm/dict_order.ts). Each of 10 fresh `elixir` runs reads its table by index (the
# external term format's internal atom reference, which binary_to_term accepts); an index is kept
# when every run has the same name there.
runs = 10

tables =
  for _ <- 1..runs do
    out = Path.join(System.tmp_dir!(), "beamlet_atom_index_#{System.unique_integer([:positive])}.txt")
    probe = Path.join(System.tmp_dir!(), "beamlet_atom_index_#{System.unique_integer([:positive])}.exs")

    File.write!(probe, """
    :ok = :file.write_file(#{inspect(String.to_charlist(out))}, for(i <- 0..(:erlang.system_info(:atom_count) - 1), do: [:erlang.atom_to_binary(:erlang.binary_to_term(<<131, 75, i::24>>)), 10]))
    """)

    {_, 0} = System.cmd("elixir", [probe])
    names = out |> File.read!() |> String.split("\n") |> Enum.drop(-1)
    File.rm!(out)
    File.rm!(probe)
    names
  end

stable =
  tables
  |> Enum.zip()
  |> Enum.with_index()
  |> Enum.filter(fn {names, _} -> names |> Tuple.to_list() |> Enum.uniq() |> length() == 1 end)
  |> Enum.map(fn {names, i} -> {i, elem(names, 0)} end)

# (no name in it holds a newline: one a line is unambiguous)
false = Enum.any?(stable, fn {_, name} -> String.contains?(name, "\n") end)
File.write!(Path.join([__DIR__, "..", "cli", "atom_indices.txt"]), Enum.map_join(stable, "", fn {i, name} -> "#{i} #{name}\n" end))
IO.puts("wrote #{length(stable)} of #{tables |> Enum.map(&length/1) |> Enum.min()} atoms to cli/atom_indices.txt")
