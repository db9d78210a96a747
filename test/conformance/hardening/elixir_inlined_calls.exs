# Calls Elixir inlines into :erlang BIFs (Integer.to_string -> :erlang.integer_to_binary, ...)
# fail as those BIFs do: an ArgumentError naming the argument, the BIF's own frame on top.
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        [top | _] = __STACKTRACE__
        IO.puts(label)
        IO.inspect({e, top})
    end
  end

  def run do
    a = Enum.random([:a])
    show("Integer.to_string/2", fn -> Integer.to_string(255, 16) end)
    show("Integer.to_string/1", fn -> Integer.to_string(a) end)
    show("Integer.to_string/2 atom", fn -> Integer.to_string(a, 10) end)
    show("Integer.to_string/2 base", fn -> Integer.to_string(1, Enum.random([99])) end)
    show("Integer.to_charlist/1", fn -> Integer.to_charlist(a) end)
    show("Integer.to_charlist/2 base", fn -> Integer.to_charlist(1, Enum.random([99])) end)
    show("Float.to_string", fn -> Float.to_string(a) end |> then(fn f -> fn -> (try do f.() rescue e -> e end) end end))
    show("Atom.to_string", fn -> Atom.to_string(Enum.random(["a"])) end)
    show("Atom.to_charlist", fn -> Atom.to_charlist(Enum.random(["a"])) end)
    show("String.to_integer", fn -> String.to_integer(Enum.random(["a"])) end)
    show("String.to_integer/2", fn -> String.to_integer(Enum.random(["a"]), 16) end)
    show("String.to_float", fn -> String.to_float(Enum.random(["a"])) end)
    show("String.to_atom", fn -> String.to_atom(a) end)
    show("String.to_existing_atom", fn -> String.to_existing_atom(Enum.random(["no_such_atom_anywhere_here"])) end)
    show("List.to_integer", fn -> List.to_integer(Enum.random(['a'])) end)
    show("List.to_atom", fn -> List.to_atom(a) end)
    show("List.to_tuple", fn -> List.to_tuple(a) end)
    show("Tuple.to_list", fn -> Tuple.to_list(a) end)
    show("Tuple.append", fn -> Tuple.append(a, 1) end)
    show("IO.iodata_to_binary", fn -> IO.iodata_to_binary(a) end)
    show("IO.iodata_length", fn -> IO.iodata_length(a) end)
    show("apply List.to_atom", fn -> apply(List, :to_atom, [a]) end)
    IO.inspect([&Integer.to_string/1, &Integer.to_string/2, &Atom.to_string/1, &List.to_atom/1, &String.to_integer/1, &Tuple.to_list/1, &String.to_atom/1])
    # a literal String.to_atom / List.to_atom is evaluated when the code is compiled: the atom
    # exists before the call runs
    IO.inspect(String.to_existing_atom("made_by_a_later_literal_call"))
    IO.inspect(List.to_existing_atom('made_by_a_later_list_call'))
    later = fn -> {String.to_atom("made_by_a_later_literal_call"), List.to_atom('made_by_a_later_list_call')} end
    IO.inspect(later.())
  end
end

Main.run()
