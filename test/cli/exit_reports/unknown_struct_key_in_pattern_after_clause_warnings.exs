# an unknown key in a struct pattern at a script's top level, after a case whose clause binds a
# variable it never uses: that warning comes first
case System.get_env("NO_SUCH_VARIABLE_HERE") do
  nil -> :unset
  value -> :set
end

%URI{hots: host} = URI.parse("http://example.com")
IO.puts(host)
