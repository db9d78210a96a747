# :io_lib.write/2 with an options list (OTP 25): the depth from it, a depth or chars_limit of 0 is
# '...', a depth or limit that is no integer fails in arithmetic; other options are ignored
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
T.t("L3", fn -> :io_lib.write({:a, "bcd", 1.5}, [{:depth, 2}]) end)
T.t("L4", fn -> :io_lib.write({:a, "bcd", 1.5}, []) end)
T.t("L5", fn -> :io_lib.write([1, 2, 3], [{:chars_limit, 0}]) end)
T.t("L6", fn -> :io_lib.write([1, 2, 3], [{:chars_limit, -1}, {:depth, 3}]) end)
T.t("L7", fn -> :io_lib.write([1, 2, 3], [{:depth, 0}]) end)
T.t("L8", fn -> :io_lib.write(:"é", [{:encoding, :unicode}]) end)
T.t("L9", fn -> :io_lib.write(:"é", [{:encoding, :latin1}]) end)
T.t("L10", fn -> :io_lib.write('é', [{:encoding, :unicode}]) end)
T.t("L11", fn -> :io_lib.write(<<"é">>, [{:encoding, :unicode}]) end)
T.t("L12", fn -> :io_lib.write(<<"é">>, []) end)
T.t("L13", fn -> :io_lib.write([1], [:bogus]) end)
T.t("L14", fn -> :io_lib.write([1], [{:depth, :x}]) end)
T.t("L15", fn -> :io_lib.write([1], [{:chars_limit, :x}]) end)
T.t("L16", fn -> :io_lib.write([1], [{:encoding, :utf8}]) end)
T.t("L17", fn -> :io_lib.write(%{a: 1}, [{:depth, 1}]) end)
