# Kernel's functions that are one :erlang BIF call, reached through apply/3 (or a capture): a
# failure has the BIF's frame and, under it, Kernel's at its line in Elixir 1.14's lib/kernel.ex;
# called by name they compile to the BIF, with no Kernel frame
defmodule Main do
  def show(label, f) do
    try do
      f.()
      IO.puts("#{label}: no error")
    rescue
      e ->
        IO.puts("#{label}: #{inspect(e.__struct__)}: #{Exception.message(e)}")
        for entry <- Enum.take_while(__STACKTRACE__, &(elem(&1, 0) != Main)), do: IO.inspect(entry)
    end
  end

  def run do
    calls = [div: [1, 0], rem: [1, 0], abs: [:a], round: [:a], trunc: [:a], elem: [{}, 5], hd: [[]], tl: [[]],
      length: [1], byte_size: [1], tuple_size: [1], map_size: [1], binary_part: ["a", 2, 1], bit_size: [1],
      ceil: [:a], floor: [:a], is_function: [1, -1], is_map_key: [1, 1], node: [1], put_elem: [{}, 5, 1],
      apply: [1, 2], apply: [1, 2, 3]]

    for {f, args} <- calls, do: show("apply(Kernel, #{inspect(f)}, #{inspect(args)})", fn -> apply(Kernel, f, args) end)
    show("Kernel.hd([])", fn -> Kernel.hd(Enum.take([1], 0)) end)
    show("elem({}, 5)", fn -> elem(List.to_tuple([]), 5) end)
    IO.inspect(apply(Kernel, :elem, [{1, 2}, 1]))
    IO.inspect(apply(Kernel, :put_elem, [{1, 2}, 1, 3]))
  end
end

Main.run()
