# Path.join/relative_to/relative/extname as Elixir 1.14 has them: one separator dropped at each
# end of a join, components compared as written (no . or .. resolved), :filename.extension's rule
for r <- ["x/", "x//", "http:/", "a:/", "b//c/", "/", "//", "c:/", "a/b:/", "x:", "x:/y/"] do
  IO.inspect({r, Path.join("a", r), Path.join(["a", r]), Path.join(r, "z"), Path.extname(r <> ".a#b:"), Path.extname("x.http:"), Path.extname("..a#https:")})
end
for {p, f} <- [{"/a/b/../c", "/a"}, {"/a/b", "/a/b/"}, {"a/b", "a"}, {"/a", "/a/b"}, {"a", "/a"}, {"/a/b/c", "/a"}, {"./a/b", "."}, {"a//b", "a"}, {"/", "/"}, {"q@ftp:/../ ", "/p"}, {"/a/./b", "/a"}] do
  IO.inspect({p, f, Path.relative_to(p, f)})
end
for p <- ["/", "//a", "/a/b", "a", "", "///"] do IO.inspect({p, Path.relative(p)}) end
for p <- ["a/b.c/", "x/.bashrc", ".bashrc", "x..", "a.b/c", "dir.d/file", "f.tar.gz", "/", "a.", "..", "a/..b"] do
  IO.inspect({p, Path.extname(p), Path.rootname(p)})
end
IO.inspect Path.join(["x/"])
IO.inspect Path.join(["/", "/", "a/", "b//"])
IO.inspect Path.join("", "a/")
IO.inspect Path.join("/", "//x")
for {p, e} <- [{"f.tar.gz", ".tar.gz"}, {"f.tar.gz", ".gz"}, {"f.tar.gz", ".tar"}, {"a/.gz", ".gz"}, {".gz", ".gz"}, {"x.gz", ""}, {"/a/b.ex", ".ex"}, {"b.ex/", ".ex"}] do
  IO.inspect({p, e, Path.rootname(p, e)})
end
for p <- ["a/.b.c", "a.b.c", ".a.b", "a/b", "a.b/c.d/", "./x.y", "../x", "a..b"] do IO.inspect({p, Path.rootname(p), Path.extname(p)}) end
