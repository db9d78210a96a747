# Erlang's :filelib: is_dir/is_file/is_regular (atoms, charlists, binaries; anything else false),
# file_size/last_modified (0 for what is no file), ensure_dir/ensure_path (parents made, a file in
# the way is :enotdir), wildcard/1,2 (charlists only, dot files included, sorted, relative to the
# given directory) and fold_files/5
root = Path.join(System.tmp_dir!(), "beamlet_filelib_#{System.unique_integer([:positive])}")
File.mkdir_p!(Path.join(root, "fl/a/b"))
File.cd!(root)
File.write!("fl/a/x.txt", "hi\n")
File.write!("fl/a/b/y.erl", "yo")
File.write!("fl/a/.hidden", "h")

IO.inspect({:filelib.is_dir("fl"), :filelib.is_dir('fl/a/x.txt'), :filelib.is_dir('nope'), :filelib.is_dir(:fl), :filelib.is_dir(1)})
IO.inspect({:filelib.is_file("fl"), :filelib.is_file("fl/a/x.txt"), :filelib.is_file("nope")})
IO.inspect({:filelib.is_regular("fl"), :filelib.is_regular('fl/a/x.txt'), :filelib.is_regular('nope')})
IO.inspect({:filelib.file_size("fl/a/x.txt"), :filelib.file_size("nope"), :filelib.last_modified("nope"), is_tuple(:filelib.last_modified("fl/a/x.txt"))})
IO.inspect({:filelib.ensure_dir("fl/new1/new2/file"), File.dir?("fl/new1/new2"), File.dir?("fl/new1/new2/file")})
IO.inspect(:filelib.ensure_dir("fl/a/x.txt/sub/f"))
IO.inspect({:filelib.ensure_dir("x"), :filelib.ensure_dir("/"), :filelib.ensure_path("fl/p1/p2"), File.dir?("fl/p1/p2"), :filelib.ensure_path("fl/a")})
IO.inspect(:filelib.wildcard('fl/a/*'))
IO.inspect(:filelib.wildcard('fl/a/.*'))
IO.inspect(:filelib.wildcard('fl/**/*.erl'))
IO.inspect(:filelib.wildcard('**/*.erl', 'fl'))
IO.inspect(:filelib.wildcard('*', 'fl/a'))
IO.inspect(:filelib.wildcard('fl/a/{x,b}*'))
IO.inspect(:filelib.wildcard('fl/a/[xy].txt'))
IO.inspect(:filelib.wildcard('nope/*'))
IO.inspect(Path.wildcard("fl/a/*"))
IO.inspect(:filelib.fold_files("fl", ".*\\.erl$", true, fn f, acc -> [f | acc] end, []))
IO.inspect(:filelib.fold_files('fl', '.*', true, fn f, acc -> [f | acc] end, []) |> Enum.sort())
IO.inspect(:filelib.fold_files("fl/a", "\\.txt$", false, fn f, acc -> [f | acc] end, []))

for f <- [fn -> :filelib.wildcard("fl/*") end, fn -> :filelib.wildcard('*', "fl") end, fn -> :filelib.wildcard(1) end] do
  try do
    IO.inspect(f.())
  rescue
    e -> IO.inspect({e, Enum.take(__STACKTRACE__, 1)})
  end
end

File.cd!(System.tmp_dir!())
File.rm_rf!(root)
