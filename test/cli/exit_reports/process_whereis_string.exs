# Process.whereis of a string: :erlang.whereis/1 says "not an atom", called at process.ex:653
Process.whereis("name")
