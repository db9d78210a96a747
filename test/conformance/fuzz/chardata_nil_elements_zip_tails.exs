# Found by fuzz-diff seed 31003: an empty list inside chardata before a bad code point made
# to_string/1 return a garbage binary (Elixir: UnicodeConversionError); List.to_charlist/1 raises
# at its own lines; zips of improper lists fail in zip_list/3 or Enumerable.List.reduce/3 (beamlet
# stopped at the tail); a struct with enforced keys folds with a fun whose accumulator holds the
# keys not given yet
defmodule E do
  @enforce_keys [:a, :b]
  defstruct [:a, :b, :c]
end

defmodule Main do
  def run do
    cases = [
      fn -> to_string([[[], 2 ** 70], [[-1 | :x], 2 ** 70]]) end, fn -> List.to_string(["a", [], -1]) end,
      fn -> List.to_string([[], ["b", []], 0x110000]) end, fn -> "#{["a", [[]], -5]}" end,
      fn -> List.to_charlist([{1}]) end, fn -> List.to_charlist([-1]) end, fn -> List.to_charlist(["é", [], <<0xC3>>]) end,
      fn -> to_charlist([{1}]) end, fn -> IO.chardata_to_string([[], -1]) end,
      fn -> Enum.zip([1 | 2], [1, 2]) end, fn -> Enum.zip([1, 2], [1 | 2]) end, fn -> Enum.zip([1 | 2], []) end,
      fn -> struct!(E, [:x]) end, fn -> struct!(E, [{:a, 1}, :x]) end, fn -> struct!(E, [{:b, 1}, {:a, 2}, 3]) end, fn -> struct!(E, a: 1) end
    ]

    for f <- cases do
      try do
        IO.inspect(f.())
      rescue
        e ->
          IO.puts(Exception.format_banner(:error, e))
          [{m, f, a, loc} | _] = __STACKTRACE__
          IO.inspect({m, f, if(is_list(a), do: Enum.map(a, &if(is_function(&1), do: :fun, else: &1)), else: a), loc[:line]})
      end
    end

    # zips of enumerables that are not all lists: only the failure (beamlet's Stream differs below
    # it, and Elixir's consolidated Enumerable.List names no line)
    for f <- [fn -> Enum.zip([[1, 2 | 3], 1..5]) end, fn -> Enum.zip_with(1..3, [1 | 2], &{&2, &1}) end] do
      try do
        IO.inspect(f.())
      rescue
        e -> IO.puts(Exception.format_banner(:error, e))
      end
    end
  end
end

Main.run()
