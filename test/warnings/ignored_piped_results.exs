# A dropped result of a call the pipe expands to is warned of as the call written out
defmodule Piped do
  def run(list) do
    list |> length()
    list |> hd
    :a |> Atom.to_string()
    list |> Kernel.++([2])
    {list} |> tuple_size()
    list |> Enum.count()
    :ok
  end
end

x = [1]
x |> length()
IO.inspect(x) |> length()
IO.puts(Piped.run(x))
