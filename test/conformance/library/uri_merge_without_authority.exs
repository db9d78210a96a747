# URI.merge/2 merges only onto a base with an authority (a host, even ""): a base without one
# (mailto:, urn:, a path-only http:/x, a relative path) raises, whatever the relative reference
bases = ["mailto:x@y.com", "urn:isbn:123", "http:/path", "file:a/b", "data:text", "/a/b", "//h/a", "http://", "http:///a", "http://e.com/a/b", %URI{scheme: "http", host: ""}]
rels = ["foo", "/a", "http://e.com/a", "#x", "?q=1", "", "mailto:z", "//other/p", "../c"]
for base <- bases, rel <- rels do
  result =
    try do
      to_string(URI.merge(base, rel))
    rescue
      e in ArgumentError -> {Exception.message(e), hd(__STACKTRACE__)}
    end
  IO.puts("#{inspect(base)} + #{inspect(rel)} -> #{inspect(result)}")
end
