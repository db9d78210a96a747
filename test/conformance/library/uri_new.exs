IO.inspect URI.new("https://elixir-lang.org/")
IO.inspect URI.new("//elixir-lang.org/")
IO.inspect URI.new("/foo/bar")
IO.inspect URI.new("foo/bar")
IO.inspect URI.new("https://user:pw@host.com:8080/p/a/t/h?q=1&r=2#frag")
IO.inspect URI.new("http://[::1]:4000/x")
IO.inspect URI.new("mailto:user@example.com")
IO.inspect URI.new("HTTP://EXAMPLE.com")
IO.inspect URI.new("http://host:notaport/")
IO.inspect URI.new("http://ho st/")
IO.inspect URI.new("a b")
IO.inspect URI.new(":no-scheme")
IO.inspect URI.new("http://example.com:")
IO.inspect URI.new("")
IO.inspect URI.new("?q=1")
IO.inspect URI.new("#frag")
IO.inspect URI.new("http://host/%zz")
IO.inspect URI.new("http://h/é")
IO.inspect URI.new(URI.parse("http://already.parsed"))
IO.inspect URI.new!("https://elixir-lang.org/docs")
try do
  URI.new!("http://ho st/")
rescue
  e in URI.Error -> IO.inspect({e, Exception.message(e)})
end
IO.inspect URI.new!("ftp://files.example.org/pub") |> URI.to_string()
u = URI.new!("http://example.com/a/b?x=1")
IO.inspect %{u | path: "/c"} |> to_string()
IO.inspect URI.new("http://example.com:65536/")
IO.inspect URI.new("http://a@b@c/")

for s <- ["ab cd", "/pa th", "x?q=a b", "#fr ag", "a%zz", "http://h/a b", "ht tp://x", "http://h/?q=é", "http://h/#é", "http://[::1/", "http://h:12a/", "1http://x", "foo:bar baz", "//h st", "a\\b", "http://h/a\"b", "a{b}", "a|b", "a^b"] do
  IO.puts "#{inspect s} -> #{inspect URI.new(s)}"
end
IO.inspect URI.parse("http://a.com")
IO.inspect URI.parse("/x")
URI.new!("bad uri")
