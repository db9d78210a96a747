IO.puts("before")
pattern = "a(b"
Regex.compile!(pattern)
