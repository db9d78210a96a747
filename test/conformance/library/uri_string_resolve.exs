# :uri_string.resolve/2,3 as OTP 25: RFC 3986's reference resolution examples against one base,
# charlists, maps, :return_map and the errors.
base = "http://a/b/c/d;p?q"
for r <- ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../", "../g", "../..", "../../", "../../g", "../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.", "g/./h", "g/../h", "g;x=1/./y", "http:g"] do
  IO.inspect({r, :uri_string.resolve(r, base)})
end
IO.inspect :uri_string.resolve('g', 'http://a/b/c')
IO.inspect :uri_string.resolve("g", 'http://a/b/c')
IO.inspect :uri_string.resolve('g', "http://a/b/c")
IO.inspect :uri_string.resolve("g", "/rel/base")
IO.inspect :uri_string.resolve("g", "http://a")
IO.inspect :uri_string.resolve("g", "http://a/b", [:return_map])
IO.inspect :uri_string.resolve(%{path: "g"}, %{scheme: "http", host: "a", path: "/b/c"})
IO.inspect :uri_string.resolve("a b", "http://a/")
IO.inspect :uri_string.resolve("g", "http://a b/")
