# Erlang's :c (the shell's helper functions): only what programs call outside a shell
defmodule :c do
  # the pid <x.y.z> (it need not be alive)
  def pid(x, y, z) do
    :erlang.list_to_pid(~c"<" ++ :erlang.integer_to_list(x) ++ ~c"." ++ :erlang.integer_to_list(y) ++ ~c"." ++ :erlang.integer_to_list(z) ++ ~c">")
  end
end
