# Regenerates cli/startup_atoms.txt with real Elixir 1.14 / OTP 25:
#
#     elixir scripts/gen-startup-atoms.exs
#
# The atoms that exist when a script's first expression runs, one a line: those of every module
# loaded by then (the emulator, the kernel, stdlib and Elixir's loaded modules) and of Elixir's
# compiler. String.to_existing_atom/1, binary_to_term(_, [:safe]) and OptionParser's handling of
# undeclared switches depend on them: `String.to_existing_atom("name")` works in any script.
# beamlet's atom table starts with its own names; a name missing there is looked up in this list.
#
# A fresh `elixir` runs a one-expression probe that reads the atom table by index (the external
# term format's internal atom reference, which binary_to_term accepts); the probe's own variable
# (_i@1) is left out, its other names are the emulator's.
out = Path.join(System.tmp_dir!(), "beamlet_atoms_#{System.unique_integer([:positive])}.txt")
probe = Path.join(System.tmp_dir!(), "beamlet_atoms_#{System.unique_integer([:positive])}.exs")

File.write!(probe, """
:ok = :file.write_file(#{inspect(String.to_charlist(out))}, for(i <- 0..(:erlang.system_info(:atom_count) - 1), do: [:erlang.atom_to_binary(:erlang.binary_to_term(<<131, 75, i::24>>)), 10]))
""")

{_, 0} = System.cmd("elixir", [probe])
names = out |> File.read!() |> String.split("\n") |> Enum.drop(-1) |> Enum.reject(&(&1 == "_i@1"))
File.rm!(out)
File.rm!(probe)
# (no atom of the start-up set holds a newline: one a line is unambiguous)
false = Enum.any?(names, &String.contains?(&1, "\n"))
File.write!(Path.join([__DIR__, "..", "cli", "startup_atoms.txt"]), Enum.join(Enum.sort(names), "\n") <> "\n")
IO.puts("wrote #{length(names)} atoms to cli/startup_atoms.txt")
