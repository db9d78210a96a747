# :string functions given improper lists (a charlist built with a bad tail, a common slip when
# building strings by hand): what they return when they never reach the tail, and where they
# fail (message and the :string frames) when they do.
defmodule Probe do
  def run(label, fun) do
    try do
      IO.puts("#{label}: #{inspect(fun.())}")
    rescue
      e ->
        frames =
          for {m, f, a, loc} <- __STACKTRACE__, m in [:string, :unicode_util, :erlang, :lists] do
            {m, f, if(is_list(a), do: length(a), else: a), loc[:line]}
          end

        IO.puts("#{label}: #{inspect(e.__struct__)} #{Exception.message(e) |> String.replace("\n", " ")}")
        IO.puts("  #{inspect(frames)}")
    end
  end
end

Probe.run("next_codepoint", fn -> :string.next_codepoint([?a | ?b]) end)
Probe.run("next_codepoint atom", fn -> :string.next_codepoint([?a, :x]) end)
Probe.run("prefix", fn -> :string.prefix([?a, ?b | ?c], "a") end)
Probe.run("prefix whole", fn -> :string.prefix('abc', "ab") end)
Probe.run("centre", fn -> :string.centre([?a | ?b], 9) end)
Probe.run("left", fn -> :string.left([?a | ?b], 4) end)
Probe.run("right", fn -> :string.right([?a | ?b], 4, ?.) end)
Probe.run("len", fn -> :string.len([?a | ?b]) end)
Probe.run("str", fn -> :string.str([?a | ?b], 'b') end)
Probe.run("str found first", fn -> :string.str([?a, ?b | ?c], 'b') end)
Probe.run("str l_prefix", fn -> :string.str([?b | ?b], 'bc') end)
Probe.run("str l_prefix end", fn -> :string.str([?b | ?b], 'b') end)
Probe.run("rstr", fn -> :string.rstr([?a | ?b], 'b') end)
Probe.run("rstr l_prefix", fn -> :string.rstr([?b | ?b], 'bc') end)
Probe.run("str terms", fn -> :string.str([:a, :b, :c], [:b, :c]) end)
Probe.run("str 1 vs 1.0", fn -> :string.str([1, 2.0], [2]) end)
Probe.run("rstr terms", fn -> :string.rstr([:a, :b, :a], [:a]) end)
Probe.run("words", fn -> :string.words([?a, ?a, ?a, ?\s, ?\s, ?a | ?b]) end)
Probe.run("words leading", fn -> :string.words([?\s, ?\s, ?a | ?b]) end)
Probe.run("sub_word", fn -> :string.sub_word([?a, ?\s | ?c], 1) end)
Probe.run("strip right", fn -> :string.strip([?a, ?a, ?\s, ?\s, ?a | ?b], :right) end)
Probe.run("strip left", fn -> :string.strip([?\s, ?\s, ?a | ?b], :left) end)
Probe.run("strip left at tail", fn -> :string.strip([?\s | ?b], :left) end)
Probe.run("strip both", fn -> :string.strip([?\s, ?\s, ?a | ?b]) end)
Probe.run("strip both at tail", fn -> :string.strip([?\s | ?b]) end)
Probe.run("strip/3", fn -> :string.strip([?x, ?a | ?b], :both, ?x) end)
Probe.run("strip terms", fn -> :string.strip([:a, ?\s, :b, ?\s]) end)
Probe.run("to_upper", fn -> :string.to_upper([?a, ?b, ?c | ?b]) end)
Probe.run("to_lower", fn -> :string.to_lower([?A | :x]) end)
Probe.run("to_lower terms", fn -> :string.to_lower([?A, :x, "B"]) end)
Probe.run("copies", fn -> :string.copies([?a | ?b], 2) end)
Probe.run("copies none", fn -> :string.copies([?a | ?b], 0) end)
Probe.run("copies terms", fn -> :string.copies([:a, 1.5], 2) end)
Probe.run("substr", fn -> :string.substr([?a, ?b | ?c], 1, 2) end)
Probe.run("substr later", fn -> :string.substr([?a, ?b | ?c], 2, 2) end)
Probe.run("substr short", fn -> :string.substr([?a, ?b | ?c], 1, 1) end)
Probe.run("sub_string", fn -> :string.sub_string([?a, ?b | ?c], 1, 3) end)
