# Regenerates cli/atom_indices.txt with real Elixir 1.14 / OTP 25:
#
#     elixir scripts/gen-atom-indices.exs
#
# The entries of a node's atom table that are the same in every `elixir` run, one `INDEX NAME` a
# line: the emulator's own atoms, those of the modules loaded before the boot turns concurrent,
# and many later ones (modules loading in another order move only some indices). OTP's process
# dictionary hashes an atom key by its index, so get/0 lists atom keys in an order that follows
# from them (vm/dict_order.ts). Each of 10 fresh `elixir` runs reads its table by index (the
# external term format's internal atom reference, which binary_to_term accepts); a name is kept
# at the index most of the runs give it.
runs = 10

tables =
  for _ <- 1..runs do
    out = Path.join(System.tmp_dir!(), "beamlet_atom_index_#{System.unique_integer([:positive])}.txt")
    probe = Path.join(System.tmp_dir!(), "beamlet_atom_index_#{System.unique_integer([:positive])}.exs")

    # (its first token is a new atom: its index is where a script's own atoms start; the first
    # quoted text loads elixir_interpolation, whose atoms come before the next new one)
    File.write!(probe, """
    _ = :beamlet_probe_first_new_atom
    _ = "quoted"
    _ = :beamlet_probe_after_quoted
    :ok = :file.write_file(#{inspect(String.to_charlist(out))}, for(i <- 0..(:erlang.system_info(:atom_count) - 1), do: [:erlang.atom_to_binary(:erlang.binary_to_term(<<131, 75, i::24>>)), 10]))
    """)

    {_, 0} = System.cmd("elixir", [probe])
    names = out |> File.read!() |> String.split("\n") |> Enum.drop(-1)
    File.rm!(out)
    File.rm!(probe)
    names
  end

# each name at the index most runs give it, when more than half of them do: an atom the boot
# creates while modules load concurrently sits at one index in most runs and a few others in the
# rest ($ancestors, which every proc_lib process has, at 3263 in most runs and 3246 in some), and
# the most likely order of a dictionary beats one no run has (vm/dict_order.ts's stand-in)
stable =
  tables
  |> Enum.flat_map(fn names -> Enum.with_index(names) end)
  |> Enum.frequencies()
  |> Enum.group_by(fn {{name, _i}, _count} -> name end)
  |> Enum.flat_map(fn {name, entries} ->
    {{_, i}, count} = Enum.max_by(entries, fn {{_, i}, count} -> {count, -i} end)
    if count * 2 > runs, do: [{i, name}], else: []
  end)
  |> Enum.sort()

# where a script's first new atom goes (the atoms its tokenizer creates follow in order), the same
# in every run: the boot is done by then
[base] = tables |> Enum.map(&Enum.find_index(&1, fn n -> n == "beamlet_probe_first_new_atom" end)) |> Enum.uniq()

# the atoms the tokenizer's first quoted text makes (elixir_interpolation's, as it loads)
[interpolation] =
  tables
  |> Enum.map(fn names ->
    after_quoted = Enum.find_index(names, &(&1 == "beamlet_probe_after_quoted"))
    Enum.slice(names, (base + 1)..(after_quoted - 1)//1)
  end)
  |> Enum.uniq()

# atoms every run has before the script's, at no index most runs agree on: the script's tokenizer
# finds them, it does not make them
placed = MapSet.new(stable, fn {_, name} -> name end)

unplaced =
  tables
  |> Enum.map(fn names -> names |> Enum.take(base) |> MapSet.new() end)
  |> Enum.reduce(&MapSet.intersection/2)
  |> MapSet.difference(placed)
  |> Enum.sort()

# (no name in it holds a newline: one a line is unambiguous)
false = Enum.any?(stable, fn {_, name} -> String.contains?(name, "\n") end)
stable = Enum.reject(stable, fn {_, name} -> name in ["beamlet_probe_first_new_atom", "beamlet_probe_after_quoted"] end)
false = Enum.any?(unplaced, &String.contains?(&1, "\n"))

File.write!(
  Path.join([__DIR__, "..", "cli", "atom_indices.txt"]),
  ["# base #{base}\n", Enum.map(stable, fn {i, name} -> "#{i} #{name}\n" end), Enum.map(unplaced, &"? #{&1}\n"),
   Enum.map(interpolation, &"+ #{&1}\n")]
)
IO.puts("wrote #{length(stable)} of #{tables |> Enum.map(&length/1) |> Enum.min()} atoms to cli/atom_indices.txt")
