# URI.parse gives an empty host as nil (but "" for "//" alone), and to_string writes the authority
# as parsed when there is no host, as Elixir 1.14 does
for s <- ["http://user:pw@", "//:8080", "ftp://:8080#f", "http://:0", "//user:pw@:8080:8080/p/q", "//", "http://", "http:///x", "//h:1", "https://[::1]:8443/a"] do
  u = URI.parse(s)
  IO.inspect({s, u.host, u.port, u.authority, URI.to_string(u)})
  IO.puts(URI.merge("http://h/a/b?c", s) |> to_string())
end
