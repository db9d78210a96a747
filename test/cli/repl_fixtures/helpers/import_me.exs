imported = x + 1
IO.puts("imported #{imported}")
imported * 2
