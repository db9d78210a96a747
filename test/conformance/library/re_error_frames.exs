# :re.run / replace / split and Regex failures: the message and the frames as OTP 25 and Elixir
# 1.14 show them. Invalid UTF-8 in a :unicode subject (a binary, or a binary inside a list), a bad
# capture spec, malformed options: a single run's badarg has the BIF's frame (no file), a global
# run's comes from re.erl's line 788 (compiled pattern) or 798, a list subject that is no UTF-8
# character data from line 748, replace and split from line 969; Regex runs through safe_run/3.
# (A compiled pattern's bytes are PCRE's: frames print it as :pattern.)
defmodule Show do
  def frames(st) do
    for {m, f, a, loc} <- Enum.take(st, 4) do
      args =
        if is_list(a),
          do: Enum.map(a, fn x -> if is_tuple(x) and elem(x, 0) == :re_pattern, do: :pattern, else: x end),
          else: a

      {m, f, args, Keyword.take(loc, [:file, :line])}
    end
  end

  def try_it(name, f) do
    IO.inspect(f.(), label: name)
  rescue
    e ->
      IO.puts("#{name}: #{inspect(e.__struct__)} #{inspect(Exception.message(e))}")
      IO.inspect(frames(__STACKTRACE__), label: "  frames")
  end
end

defmodule Cases do
  @bad <<"a", 255>>
  def run_str, do: :re.run(@bad, "a", [:unicode])
  def run_str_global, do: :re.run(@bad, "a", [:unicode, :global])
  def run_cp, do: :re.run(@bad, cp())
  def run_cp_global, do: :re.run(@bad, cp(), [:global])
  def run_cap_bad, do: :re.run("abc", "a", [{:capture, :bad}])
  def run_cap_bad_global, do: :re.run("abc", "a", [{:capture, :bad}, :global])
  def run_cap_type_bad, do: :re.run("abc", "a", [{:capture, :all, :bad}])
  def run_offset_neg, do: :re.run("abc", "a", [{:offset, -1}])
  def run_offset_atom, do: :re.run("abc", "a", [{:offset, :x}])
  def run_match_limit_neg, do: :re.run("abc", "a", [{:match_limit, -1}])
  def run_newline_bad, do: :re.run("abc", "a", [{:newline, :bad}])
  def run_capture_short, do: :re.run("abc", "a", [{:capture}])
  def run_opts_atom, do: :re.run("abc", "a", :bogus)
  def run_opts_improper, do: :re.run("abc", "a", [:global | :x])
  def run_subject_int, do: :re.run(1, "a")
  def run_subject_int_global, do: :re.run(1, "a", [:global])
  def run_list_bytes, do: :re.run([255], "a", [:unicode])
  def run_list_latin1, do: :re.run([0x1F600, 255], "a", [:unicode])
  def run_list_bad, do: :re.run([0x1F600 | <<255>>], "a", [:unicode])
  def run_list_bad_global, do: :re.run([0x1F600 | <<255>>], "a", [:unicode, :global])
  def run_list_bad_cp, do: :re.run([0x1F600 | <<255>>], cp())
  def run_list_no_unicode, do: :re.run([0x1F600], "a")
  def replace_str, do: :re.replace(@bad, "a", "b", [:unicode])
  def replace_cp, do: :re.replace(@bad, cp(), "b")
  def replace_list_bad, do: :re.replace([0x1F600 | <<255>>], "a", "b", [:unicode])
  def replace_bad_opt, do: :re.replace("a", "a", "b", [:bogus])
  def replace_bad_pattern, do: :re.replace("a", "(", "b")
  def split_str, do: :re.split(@bad, "a", [:unicode])
  def split_cp, do: :re.split(@bad, cp())
  def split_bad_opt, do: :re.split("a", "a", [:bogus])
  def regex_run, do: Regex.run(~r/a/u, @bad)
  def regex_match, do: Regex.match?(~r/a/u, @bad)
  def regex_scan, do: Regex.scan(~r/a/u, @bad)
  def regex_split, do: Regex.split(~r/a/u, @bad)
  def regex_replace, do: Regex.replace(~r/a/u, @bad, "b")
  def regex_replace_fun, do: Regex.replace(~r/a/u, @bad, fn _ -> "b" end)
  def regex_named, do: Regex.named_captures(~r/(?<x>a)/u, @bad)
  def regex_run_cap_bad, do: Regex.run(~r/a/, "a", capture: :bad)
  def regex_run_offset, do: Regex.run(~r/a/, "a", offset: -1)
  def regex_scan_cap_bad, do: Regex.scan(~r/a/, "a", capture: :bad)
  def regex_split_on_bad, do: Regex.split(~r/a/, "a", on: :bad)
  def string_split, do: String.split(@bad, ~r/a/u)
  def string_replace, do: String.replace(@bad, ~r/a/u, "b")
  def string_match, do: String.match?(@bad, ~r/a/u)
  def valid, do: {Regex.run(~r/a/u, "xa"), Regex.split(~r/,/, "a,b"), Regex.scan(~r/\d/, "a1b2")}
  defp cp do
    {:ok, cp} = :re.compile("a", [:unicode])
    cp
  end
end

for {name, 0} <- Cases.__info__(:functions) do
  Show.try_it(name, fn -> apply(Cases, name, []) end)
end
