IO.inspect IO.ANSI.format([:red, "x", [:bright, "y"], :reset], true)
IO.inspect IO.ANSI.format(["a", :green, 'b'], false)
IO.inspect IO.ANSI.format_fragment([:blue, "z"], true)
IO.inspect IO.ANSI.format("plain", true)
IO.inspect IO.ANSI.format([], true)
IO.inspect IO.ANSI.enabled?()
IO.inspect {IO.ANSI.color(3, 2, 1), IO.ANSI.color(200), IO.ANSI.color_background(1, 1, 1), IO.ANSI.cursor(3, 4), IO.ANSI.cursor_up(), IO.ANSI.cursor_left(5)}
IO.inspect {IO.ANSI.light_red_background(), IO.ANSI.font_3(), IO.ANSI.home(), IO.ANSI.clear(), IO.ANSI.clear_line(), IO.ANSI.syntax_colors()}
try do IO.ANSI.format([:nope], true) rescue e -> IO.inspect e end
IO.puts(IO.ANSI.format([:green, "ok ", :bright, "done"], false))
IO.write(IO.ANSI.format([:red, "red text"], true))
IO.puts("")
IO.puts(IO.ANSI.format_fragment([:underline, "u", :no_underline, "v"], true) |> IO.iodata_to_binary() |> inspect())
IO.inspect([IO.ANSI.reset(), IO.ANSI.bright(), IO.ANSI.faint(), IO.ANSI.italic(), IO.ANSI.underline(), IO.ANSI.inverse(), IO.ANSI.crossed_out(), IO.ANSI.normal(), IO.ANSI.default_color(), IO.ANSI.default_background(), IO.ANSI.framed(), IO.ANSI.overlined()])
IO.inspect(Enum.map([:black, :red, :green, :yellow, :blue, :magenta, :cyan, :white], &apply(IO.ANSI, &1, [])))
