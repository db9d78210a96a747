# Enum functions given something that is no fun (or a fun of the wrong arity) fail as in Elixir
# 1.14: reduce/map/each/map_reduce on lists run OTP's lists:foldl/map/foreach/mapfoldl as
# Elixir's compiler inlines them (Enum."-map/2-lists^map/1-0-"/2 ...: a non-fun on [] fails
# their guard; their frames and lines), the *_by functions and sort/2 check in their own clauses
# (max_by/4, sort_by/3, frequencies_by/2, to_sort_fun/1), group_by takes a dictionary in the
# key function's place (deprecated), and a failed fun call not in tail position shows its
# caller twice, as the BEAM does
defmodule Show do
  def run(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e ->
        frames = for {Enum, fun, a, loc} <- __STACKTRACE__, do: {fun, if(is_list(a), do: length(a), else: a), loc[:line]}
        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
        IO.inspect(frames, label: "  enum frames")
    end
  end

  # (no frames: Elixir's dictionary path fails in its Dict module)
  def message(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e -> IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e)}")
    end
  end
end

Show.run("reduce []", fn -> Enum.reduce([], 0, :x) end)
Show.run("reduce [1]", fn -> Enum.reduce([1], 0, :x) end)
Show.run("reduce arity", fn -> Enum.reduce([1], 0, fn x -> x end) end)
Show.run("reduce/2", fn -> Enum.reduce([1, 2], :x) end)
Show.run("reduce/2 one", fn -> Enum.reduce([1], :x) end)
Show.run("reduce improper", fn -> Enum.reduce([1, 2 | 3], 0, &+/2) end)
Show.run("map []", fn -> Enum.map([], :x) end)
Show.run("map [1]", fn -> Enum.map([1], :x) end)
Show.run("map raise 1st", fn -> Enum.map([1, 2, 3], fn 1 -> raise "no" end) end)
Show.run("map raise 3rd", fn -> Enum.map([1, 2, 3], fn 3 -> raise "no"; x -> x end) end)
Show.run("map improper", fn -> Enum.map([1, 2 | 3], & &1) end)
Show.run("map improper first", fn -> Enum.map([1 | 3], & &1) end)
Show.run("map ok", fn -> Enum.map([1, 2, 3], &(&1 * 2)) end)
Show.run("each []", fn -> Enum.each([], "s") end)
Show.run("each [1]", fn -> Enum.each([1], :x) end)
Show.run("each improper", fn -> Enum.each([1 | 2], &Function.identity/1) end)
Show.run("map_reduce []", fn -> Enum.map_reduce([], 0, :x) end)
Show.run("map_reduce [1]", fn -> Enum.map_reduce([1], 0, :x) end)
Show.run("map_reduce no pair", fn -> Enum.map_reduce([1, 2], 0, fn x, a -> if x == 2, do: :bad, else: {x, a} end) end)
Show.run("map_reduce improper", fn -> Enum.map_reduce([1, 2 | 3], 0, &{&1, &2}) end)
Show.run("map_reduce ok", fn -> Enum.map_reduce([1, 2, 3], 0, &{&1 * 2, &1 + &2}) end)
Show.run("map_join []", fn -> Enum.map_join([], ",", :x) end)
Show.run("map_intersperse []", fn -> Enum.map_intersperse([], :a, :x) end)
Show.run("sort_by", fn -> Enum.sort_by([2, 1], :x) end)
Show.run("sort_by []", fn -> Enum.sort_by([], :x, :desc) end)
Show.run("sort bad fun", fn -> Enum.sort([2, 1], fn x -> x end) end)
Show.run("sort bad tuple", fn -> Enum.sort([2, 1], {:asc, 1}) end)
Show.run("max_by", fn -> Enum.max_by([1], :x) end)
Show.run("min_by/3", fn -> Enum.min_by([1], :x, fn -> 0 end) end)
Show.run("min_by bad sorter", fn -> Enum.min_by([1], & &1, 7) end)
Show.run("max bad sorter", fn -> Enum.max([1], 7) end)
Show.run("min_max_by", fn -> Enum.min_max_by([1], :x) end)
Show.run("min_max_by bad sorter", fn -> Enum.min_max_by([1], & &1, 7, fn -> 0 end) end)
Show.run("min_max_by module", fn -> Enum.min_max_by([~D[2020-01-02], ~D[2020-01-01]], & &1, Date) end)
Show.run("frequencies_by", fn -> Enum.frequencies_by([], :x) end)
Show.run("group_by dict []", fn -> Enum.group_by([], :x) end)
Show.message("group_by dict", fn -> Enum.group_by([1], :x) end)
Show.run("group_by map dict", fn -> Enum.group_by([1, 2, 3], %{}, &rem(&1, 2)) end)
Show.run("zip_with", fn -> Enum.zip_with([1], [2], :x) end)
Show.run("sort_by bad sorter", fn -> Enum.sort_by([2, 1], & &1, 7) end)
Show.run("sort_by sorters", fn -> for s <- [:asc, :desc, &>=/2, {:desc, Date}], do: Enum.sort_by([~D[2020-01-02], ~D[2020-01-01], ~D[2020-01-02]], & &1, s) end)
Show.run("sort_by stable desc", fn -> Enum.sort_by([{1, :a}, {2, :b}, {1, :c}], &elem(&1, 0), :desc) end)
Show.run("max_by bad sorter", fn -> Enum.max_by([1], & &1, 7) end)
Show.run("min bad sorter", fn -> Enum.min([1], 7) end)
Show.run("zip_with arity", fn -> Enum.zip_with(1..2, [2], fn x -> x end) end)
Enum.map([1, 2], :x)
