# ~P (io_lib_pretty with a depth) prints a binary cut by the depth as its printable start when
# a byte that is not printable comes within the first 4*(D-1) bytes: <<"abc"...>> once at least
# D-1 printable bytes come before it, else the bytes as numbers
packets = ["abc\x01def", "ab\x00", "a\x01", "abcdefgh\x02ijkl", String.duplicate("x", 30) <> <<1>>, "Ãé\x97zz", <<200, 201, 1, 2>>, "\x01abc", "é日"]

for p <- packets, d <- [2, 3, 4, 6, 10] do
  IO.puts("#{d} " <> IO.chardata_to_string(:io_lib.format("~P", [p, d])))
end

:io.format("~P~n", [%{payload: "GET /index\r\n", raw: <<"OK", 0, 0, 1>>}, 4])

# ~tP reads the binary as UTF-8: characters in the printable range (latin1 by default, so not
# 日) up to the first 4*(D-1), "/utf8" after a text with a character above 0x7f
for p <- ["é日", "日本語テキスト", "éééééé", "aé日", "ab日本", "é", "日", "aaaaé", "éaaaaaaa", "aé\x01"], d <- [2, 3, 4, 5] do
  IO.puts("#{d} " <> IO.chardata_to_string(:io_lib.format("~tP", [p, d])))
end

:io.format("~tp~n", [[user: "Zoë", city: "東京", note: "naïve"]])
