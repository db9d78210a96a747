# import of a module that does not exist fails at once
IO.puts("never printed")
import Does.Not.Exist
