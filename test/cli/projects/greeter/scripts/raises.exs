IO.puts("before")
raise ArgumentError, "from the script"
