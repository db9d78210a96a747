# :io_lib.limit_term/2 as OTP 25: what lies past the depth becomes :... (a list's tail ['...'], a tuple's
# further elements one :...); printable lists, binaries and map keys are never cut; a depth that is
# no integer fails in its arithmetic
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
T.t("L4", fn -> :io_lib.limit_term({1, 2, 3}, 2) end)
T.t("L5", fn -> :io_lib.limit_term({1, {2, {3}}}, 3) end)
T.t("L6", fn -> :io_lib.limit_term([1, 2, 3, 4], 3) end)
T.t("L7", fn -> :io_lib.limit_term([1, [2, [3]]], 3) end)
T.t("L8", fn -> :io_lib.limit_term('abcdef', 2) end)
T.t("L9", fn -> :io_lib.limit_term([1 | 2], 2) end)
T.t("L10", fn -> :io_lib.limit_term([1, 2 | 3], 3) end)
T.t("L11", fn -> :io_lib.limit_term(%{a: 1, b: 2, c: 3}, 2) end)
T.t("L12", fn -> :io_lib.limit_term(%{a: {1, 2, 3}, b: 2}, 3) end)
T.t("L13", fn -> :io_lib.limit_term(%{a: 1}, 1) end)
T.t("L14", fn -> :io_lib.limit_term(<<1, 2, 3, 4>>, 3) end)
T.t("L15", fn -> :io_lib.limit_term(<<1, 2, 3, 4::5>>, 3) end)
T.t("L16", fn -> :io_lib.limit_term("abcdefgh", 3) end)
T.t("L17", fn -> :io_lib.limit_term({}, 1) end)
T.t("L18", fn -> :io_lib.limit_term({1}, 1) end)
T.t("L19", fn -> :io_lib.limit_term([1], 1) end)
T.t("L20", fn -> :io_lib.limit_term(:x, 0) end)
T.t("L21", fn -> :io_lib.limit_term({1, 2}, -1) end)
T.t("L22", fn -> :io_lib.limit_term({1, 2}, 0) end)
T.t("L23", fn -> :io_lib.limit_term([], 1) end)
T.t("L24", fn -> :io_lib.limit_term(<<>>, 1) end)
T.t("L25", fn -> :io_lib.limit_term({1, 2}, :x) end)
T.t("L26", fn -> :io_lib.limit_term(%{a: {1, 2, 3}, b: 2, c: 3, d: 4}, 3) end)
T.t("L27", fn -> :io_lib.limit_term(%{{1, 2, 3} => 1, b: {1, 2, 3}}, 2) end)
T.t("L28", fn -> :io_lib.limit_term({<<1, 2, 3, 4>>}, 2) end)
T.t("L29", fn -> :io_lib.limit_term(<<1, 2, 3, 4>>, 1) end)
T.t("L30", fn -> :io_lib.limit_term({<<1, 2, 3, 4>>, {1, 2, 3}}, 3) end)
T.t("L31", fn -> :io_lib.limit_term({<<1, 2, 3, 4::5>>, {1, 2, 3}}, 3) end)
T.t("L32", fn -> :io_lib.limit_term({"abcdef", {1, 2, 3}}, 3) end)
T.t("L33", fn -> :io_lib.limit_term({[1, 2, 3], 'abc', {1, 2, 3}}, 3) end)
T.t("L34", fn -> :io_lib.limit_term(%{a: %{b: %{c: 1}}}, 2) end)
T.t("L35", fn -> :io_lib.limit_term([%{a: 1, b: 2, c: 3}, 1, 2, 3, 4], 3) end)
