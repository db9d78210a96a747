# what a macro returns: literals, keyword lists, escaped maps and tuples, blocks
defmodule R do
  defmacro keyword, do: [a: 1, b: [2, 3]]
  defmacro escaped_map, do: Macro.escape(%{x: {1, 2, 3}})
  defmacro escaped_tuple, do: Macro.escape({:a, :b, :c})
  defmacro block do
    quote do
      a = 1
      b = 2
      a + b
    end
  end
  defmacro nested_list, do: [[1, [2]], {:ok, "x"}]
  defmacro atom_value, do: :some_atom
  defmacro float_value, do: 2.5
end

defmodule User do
  require R
  def run do
    IO.inspect(R.keyword())
    IO.inspect(R.escaped_map())
    IO.inspect(R.escaped_tuple())
    IO.inspect(R.block())
    IO.inspect(R.nested_list())
    IO.inspect(R.atom_value())
    IO.inspect(R.float_value())
  end
end

User.run()
