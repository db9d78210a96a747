# Path.absname joins as Elixir's do_absname_join: repeated separators and `./` collapse, a
# trailing separator goes (not the root's), `..` and a last `.` stay; the base is collapsed too.
File.cd!(System.tmp_dir!())
cwd = File.cwd!()

for path <- ["./a//b", "a//b/", "./a/./b/..//c", "//a", "../a//b", "/a//b/", "", ".", "./", "a/.", "a/./", "/", "///", "a/..", ".a/b", "a/.b//", "é//ü/"] do
  IO.puts("#{inspect(path)} -> #{inspect(String.replace_prefix(Path.absname(path), cwd, "CWD"))}")
end

for {path, base} <- [{"a", "/x//y/"}, {"a", "/"}, {"./a", "/x/."}, {"a", "rel//base"}, {"", "/x/"}, {"/abs//p", "/x"}] do
  IO.puts("#{inspect(path)}, #{inspect(base)} -> #{inspect(Path.absname(path, base))}")
end
