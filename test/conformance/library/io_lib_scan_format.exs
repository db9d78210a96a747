# :io_lib.scan_format/2 (a format as characters and one map a control, OTP 25's keys), unscan_format/1
# (back to a format and its arguments) and build_text/1 (the text io_lib:format/2 builds, nested
# as it nests it); a bad format, a wrong map or a wrong argument count is an ArgumentError; ~-*s
# of a negative width is right-adjusted; ~k is no modifier in OTP 25
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
T.t("L5", fn -> :io_lib.scan_format('~p ~w', [1, 2]) end)
T.t("L6", fn -> :io_lib.scan_format('a~*.*.*s~n~~~-10.3.xB~tp~lp~tlp~W~10x', [5, 3, ?-, "abc", 7, [1], 'ab', 'é', {1}, 2, 255, 'px']) end)
T.t("L7", fn -> :io_lib.scan_format("bin ~s", ["x"]) end)
T.t("L8", fn -> :io_lib.scan_format(:atom, []) end)
T.t("L9", fn -> :io_lib.scan_format('~p', []) end)
T.t("L10", fn -> :io_lib.scan_format('~p', [1, 2]) end)
T.t("L11", fn -> :io_lib.scan_format('~q', [1]) end)
T.t("L12", fn -> :io_lib.scan_format('~kp', [1]) end)
T.t("L13", fn -> :io_lib.scan_format('~..xs', ["a"]) end)
T.t("L14", fn -> :io_lib.scan_format('~-*s', [-3, "a"]) end)
T.t("L15", fn -> :io_lib.unscan_format(:io_lib.scan_format('a~*.*.*s~n~~~-10.3.xB~tp~lp~tlp~W~10x', [5, 3, ?-, "abc", 7, [1], 'ab', 'é', {1}, 2, 255, 'px'])) end)
T.t("L16", fn -> :io_lib.unscan_format(:io_lib.scan_format('~..xs ~-5c', ["a", ?z])) end)
T.t("L17", fn -> :io_lib.unscan_format([?a, ?~]) end)
T.t("L18", fn -> :io_lib.unscan_format([]) end)
T.t("L19", fn -> :io_lib.unscan_format([1.5]) end)
T.t("L20", fn -> :io_lib.build_text(:io_lib.scan_format('a~*.*.*s~n~~~-10.3.xB~tp~lp~tlp~W~10x', [5, 3, ?-, "abc", 7, [1], 'ab', 'é', {1}, 2, 255, 'px'])) end)
T.t("L21", fn -> :io_lib.build_text([?a, ?~, ?n]) end)
T.t("L22", fn -> :io_lib.build_text([]) end)
T.t("L23", fn -> :io_lib.build_text([%{}]) end)
T.t("L24", fn -> :io_lib.build_text(:x) end)
T.t("L25", fn -> :io_lib.build_text([%{adjust: :right, args: [[?[, "1", ?]]], control_char: ?s, encoding: :unicode, pad_char: ?\s, precision: :none, strings: true, width: :none}]) end)
T.t("L26", fn -> :io_lib.build_text([%{adjust: :right, args: [[1, 2]], control_char: ?p, encoding: :latin1, pad_char: ?\s, precision: :none, strings: true, width: :none, extra: 1}]) end)
T.t("L27", fn -> :io_lib.build_text([%{adjust: :left, args: [1], control_char: ?w, encoding: :latin1, pad_char: ?., precision: :none, strings: true, width: 5}]) end)
T.t("L28", fn -> :io_lib.build_text([%{adjust: :left, args: [1, 2], control_char: ?w, encoding: :latin1, pad_char: ?., precision: :none, strings: true, width: 5}]) end)
T.t("L29", fn -> :io_lib.build_text([%{adjust: :right, args: [:abc], control_char: ?s, encoding: :latin1, pad_char: 32, precision: :none, strings: true, width: :none}, ?x]) end)
T.t("L30", fn -> :io_lib.build_text([?a | ?b]) end)
T.t("L31", fn -> :io_lib.format('~kp', [%{b: 1}]) end)
T.t("L32", fn -> :io_lib.format('~p', [%{b: 1}]) end)
T.t("L33", fn -> :io_lib.format('~s~n~w', [:a, 3]) end)
T.t("L34", fn -> :io_lib.format('~-*s|~*c|', [-3, "a", -4, ?z]) end)
