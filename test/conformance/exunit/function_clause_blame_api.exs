# Exception.blame/3 on a FunctionClauseError: the arguments move from the top frame into the
# exception, whose message then lists them; Exception.format/3 does not blame
defmodule Shapes do
  def scale(shape, factor) when is_number(factor), do: {shape, factor}
end

defmodule Main do
  def run do
    try do
      Shapes.scale(:x, [1, "two", 'three', %{four: 4.0}])
    rescue
      e ->
        {blamed, stack} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts(Exception.message(e))
        IO.puts(Exception.message(blamed))
        IO.inspect(blamed.args)
        IO.inspect(blamed.kind)
        IO.inspect(blamed.clauses)
        IO.inspect(hd(stack) |> elem(2))
        IO.inspect(hd(__STACKTRACE__) |> elem(2))
        IO.puts(Exception.format(:error, e, []))
        IO.puts(Exception.format_banner(:error, blamed))
        IO.puts(FunctionClauseError.blame(blamed, &inspect/1, &inspect/1))
        IO.inspect(Exception.blame(:error, :function_clause, __STACKTRACE__) |> elem(0))
        # no frame of the function: nothing to blame
        IO.inspect(Exception.blame(:error, e, []))
        IO.inspect(Exception.blame(:throw, :function_clause, __STACKTRACE__) |> elem(0))
        # a frame with the arity already: left alone
        st = [{Shapes, :scale, 2, [file: 'x.ex', line: 1]}]
        IO.inspect(Exception.blame(:error, e, st))
    end

    f = fn {:ok, x} -> x end

    try do
      f.(:error)
    rescue
      e ->
        {blamed, _} = Exception.blame(:error, e, __STACKTRACE__)
        IO.puts(Exception.message(blamed))
    end

    e = %FunctionClauseError{module: Shapes, function: :scale, arity: 2, args: [1, 2]}
    IO.puts(Exception.message(e))
    IO.puts(Exception.message(%FunctionClauseError{}))
  end
end

Main.run()
