# Keyword.merge/2 with a first argument that is no keyword list (or an improper one): Elixir 1.14's
# frames, its fn at line 989 under the :lists.filter/2 the compiler inlines into merge/2
# (-merge/2-lists^filter/1-0-, line 993) and merge/2's own frame (beamlet: lines 179/182 and
# lists:filter's comprehension). Found by fuzz-diff seed 963021.
defmodule Main do
  def show(label, f) do
    try do
      IO.inspect(f.(), label: label)
    rescue
      e -> IO.inspect({e.__struct__, Enum.reject(__STACKTRACE__, &(elem(&1, 0) in [Main, :elixir_compiler_0, :elixir_compiler, :elixir_lexical]))}, label: label)
    end
  end

  def run do
    show("first not kw", fn -> Keyword.merge([{"a", 1}], zz: 1) end)
    show("later not kw", fn -> Keyword.merge([{:a, 1}, {:b, 2}, {"c", 3}], z: 1) end)
    show("second not kw", fn -> Keyword.merge([a: 1], [{"b", 2}]) end)
    show("ok", fn -> Keyword.merge([a: 1, b: 2, a: 3, c: 4], b: 9, d: 1) end)
    show("improper", fn -> Keyword.merge([{:a, 1} | :x], b: 1) end)
  end
end

Main.run()
