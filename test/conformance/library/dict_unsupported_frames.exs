# Dict (deprecated, still in 1.14) with an unsupported dict fails in Dict.unsupported_dict/1 (lib/dict.ex:441),
# which never returns, so the calling Dict function leaves no frame; Enum.group_by/3 with a dict in
# key_fun's place (deprecated) goes through Dict.update/4 and fails there too
defmodule Main do
  def run do
    t = fn f ->
      try do
        IO.inspect(f.())
      rescue
        e -> IO.inspect({Exception.message(e), Enum.take(__STACKTRACE__, 2)})
      end
    end

    d = Dict
    t.(fn -> d.update(1, :a, 1, & &1) end)
    t.(fn -> d.keys(:x) end)
    t.(fn -> d.get({}, :a) end)
    t.(fn -> d.merge(1, %{}) end)
    t.(fn -> d.merge(%{}, "x") end)
    t.(fn -> d.equal?(1, []) end)
    t.(fn -> d.put(1.5, 2, 3) end)
    t.(fn -> d.put([], :a, 3) end)
    t.(fn -> d.put(%{}, :a, 3) end)
    t.(fn -> Enum.group_by([1, 2], 1, & &1) end)
    t.(fn -> Enum.group_by([1, 2, 3], %{}, &rem(&1, 2)) end)
    t.(fn -> Enum.group_by([1, 2, 3], [], &rem(&1, 2)) end)
  end
end

Main.run()
