# Code.required_files/0 (and the deprecated loaded_files/0): the running script is not listed
# until it has run (at exit it is); files are listed in the code server's map order (sorted
# paths), not in the order they were required.
dir = Path.join(System.tmp_dir!(), "required_order_#{System.unique_integer([:positive])}")
File.mkdir_p!(dir)
for name <- ["zz.exs", "mm.exs", "aa.exs"], do: File.write!(Path.join(dir, name), ":ok\n")
names = fn files -> Enum.map(files, &Path.basename/1) end

IO.inspect(names.(Code.required_files()))
Code.require_file("zz.exs", dir)
Code.require_file("aa.exs", dir)
Code.require_file("mm.exs", dir)
IO.inspect(names.(Code.required_files()))
IO.inspect(names.(Code.loaded_files()))
Code.unrequire_files([Path.join(dir, "aa.exs")])
IO.inspect(names.(Code.required_files()))
File.rm_rf!(dir)
# The script's own path sorts wherever the checkout lives, so check its presence apart.
System.at_exit(fn _ ->
  {me, others} = Enum.split_with(names.(Code.required_files()), &(&1 == Path.basename(__ENV__.file)))
  IO.inspect({me, others})
end)
