# io_lib:print/1,4 and io_lib_pretty:print/1,4 nest their result as io_lib_pretty does for a term on
# one line; ~tp of a unicode binary keeps "/utf8>>" as one element (flat when cut)
defmodule T do
  def t(s, f) do
    r = try do
      inspect(f.(), limit: :infinity)
    rescue x -> "RAISE #{inspect(x.__struct__)} #{Exception.message(x)}"
    catch k, v -> "CATCH #{inspect(k)} #{inspect(v)}"
    end
    IO.puts(s <> " => " <> r)
  end
end
T.t("L3", fn -> :io_lib.format('~tp', [<<"é">>]) end)
T.t("L4", fn -> :io_lib.format('~tp', [<<"aé">>]) end)
T.t("L5", fn -> :io_lib.format('~tP', [String.duplicate("é", 30), 3]) end)
T.t("L6", fn -> :io_lib.format('~tP', [String.duplicate("a", 30), 3]) end)
T.t("L7", fn -> :io_lib.format('~tp', [[<<"é">>]]) end)
T.t("L8", fn -> :io_lib.format('~p', [[<<"é">>]]) end)
T.t("L9", fn -> :io_lib.format('~tw', [<<"é">>]) end)
T.t("L10", fn -> :io_lib.print({1, [2]}, 1, 80, -1) end)
T.t("L11", fn -> :io_lib.print({1, [2], 'abc', <<"x">>}, 1, 80, 3) end)
T.t("L12", fn -> :io_lib_pretty.print({1, [2]}, 1, 80, -1) end)
T.t("L13", fn -> :io_lib_pretty.print({1, [2]}) end)
T.t("L14", fn -> :io_lib.print([1]) end)
