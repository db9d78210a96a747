IO.puts("before")
IO.inspect Regex.compile("a", "iq")
Regex.compile!("a", "iq")
