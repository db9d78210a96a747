# String.split/3 with trim: an empty part is skipped without counting towards :parts, and the
# last part is the rest as it is (beamlet split first, then dropped empty parts); on "" :parts
# counts graphemes (found by fuzz-diff seed 9903)
for s <- ["  pad  ", "a,b,,c,", ",a,,b,,", "", ",,"],
    p <- [",", [",", " "]],
    o <- [[trim: true], [parts: 2], [parts: 3, trim: true], [parts: 2, trim: true], [parts: 1, trim: true]] do
  IO.puts("#{inspect(s)} #{inspect(p)} #{inspect(o)} -> #{inspect(String.split(s, p, o))}")
end
for s <- ["abc", "", "é🇫🇷x"], o <- [[], [trim: true], [parts: 2], [parts: 2, trim: true], [parts: 1, trim: true]] do
  IO.puts("#{inspect(s)} \"\" #{inspect(o)} -> #{inspect(String.split(s, "", o))}")
end
