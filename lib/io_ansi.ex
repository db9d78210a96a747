defmodule IO.ANSI do
  @moduledoc "ANSI escape sequences (SGR codes, cursor movement) and IO.ANSI.format/2."

  @codes [
    reset: 0,
    bright: 1,
    faint: 2,
    italic: 3,
    underline: 4,
    blink_slow: 5,
    blink_rapid: 6,
    inverse: 7,
    reverse: 7,
    conceal: 8,
    crossed_out: 9,
    primary_font: 10,
    font_1: 11,
    font_2: 12,
    font_3: 13,
    font_4: 14,
    font_5: 15,
    font_6: 16,
    font_7: 17,
    font_8: 18,
    font_9: 19,
    normal: 22,
    not_italic: 23,
    no_underline: 24,
    blink_off: 25,
    inverse_off: 27,
    reverse_off: 27,
    default_color: 39,
    default_background: 49,
    framed: 51,
    encircled: 52,
    overlined: 53,
    not_framed_or_encircled: 54,
    not_overlined: 55,
    black: 30,
    black_background: 40,
    light_black: 90,
    light_black_background: 100,
    red: 31,
    red_background: 41,
    light_red: 91,
    light_red_background: 101,
    green: 32,
    green_background: 42,
    light_green: 92,
    light_green_background: 102,
    yellow: 33,
    yellow_background: 43,
    light_yellow: 93,
    light_yellow_background: 103,
    blue: 34,
    blue_background: 44,
    light_blue: 94,
    light_blue_background: 104,
    magenta: 35,
    magenta_background: 45,
    light_magenta: 95,
    light_magenta_background: 105,
    cyan: 36,
    cyan_background: 46,
    light_cyan: 96,
    light_cyan_background: 106,
    white: 37,
    white_background: 47,
    light_white: 97,
    light_white_background: 107,
  ]

  def reset, do: "\e[0m"
  def bright, do: "\e[1m"
  def faint, do: "\e[2m"
  def italic, do: "\e[3m"
  def underline, do: "\e[4m"
  def blink_slow, do: "\e[5m"
  def blink_rapid, do: "\e[6m"
  def inverse, do: "\e[7m"
  def reverse, do: "\e[7m"
  def conceal, do: "\e[8m"
  def crossed_out, do: "\e[9m"
  def primary_font, do: "\e[10m"
  def font_1, do: "\e[11m"
  def font_2, do: "\e[12m"
  def font_3, do: "\e[13m"
  def font_4, do: "\e[14m"
  def font_5, do: "\e[15m"
  def font_6, do: "\e[16m"
  def font_7, do: "\e[17m"
  def font_8, do: "\e[18m"
  def font_9, do: "\e[19m"
  def normal, do: "\e[22m"
  def not_italic, do: "\e[23m"
  def no_underline, do: "\e[24m"
  def blink_off, do: "\e[25m"
  def inverse_off, do: "\e[27m"
  def reverse_off, do: "\e[27m"
  def default_color, do: "\e[39m"
  def default_background, do: "\e[49m"
  def framed, do: "\e[51m"
  def encircled, do: "\e[52m"
  def overlined, do: "\e[53m"
  def not_framed_or_encircled, do: "\e[54m"
  def not_overlined, do: "\e[55m"
  def black, do: "\e[30m"
  def black_background, do: "\e[40m"
  def light_black, do: "\e[90m"
  def light_black_background, do: "\e[100m"
  def red, do: "\e[31m"
  def red_background, do: "\e[41m"
  def light_red, do: "\e[91m"
  def light_red_background, do: "\e[101m"
  def green, do: "\e[32m"
  def green_background, do: "\e[42m"
  def light_green, do: "\e[92m"
  def light_green_background, do: "\e[102m"
  def yellow, do: "\e[33m"
  def yellow_background, do: "\e[43m"
  def light_yellow, do: "\e[93m"
  def light_yellow_background, do: "\e[103m"
  def blue, do: "\e[34m"
  def blue_background, do: "\e[44m"
  def light_blue, do: "\e[94m"
  def light_blue_background, do: "\e[104m"
  def magenta, do: "\e[35m"
  def magenta_background, do: "\e[45m"
  def light_magenta, do: "\e[95m"
  def light_magenta_background, do: "\e[105m"
  def cyan, do: "\e[36m"
  def cyan_background, do: "\e[46m"
  def light_cyan, do: "\e[96m"
  def light_cyan_background, do: "\e[106m"
  def white, do: "\e[37m"
  def white_background, do: "\e[47m"
  def light_white, do: "\e[97m"
  def light_white_background, do: "\e[107m"

  def home, do: "\e[H"
  def clear, do: "\e[2J"
  def clear_line, do: "\e[2K"

  def color(code) when code in 0..255, do: "\e[38;5;#{code}m"
  def color(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5, do: color(16 + 36 * r + 6 * g + b)
  def color_background(code) when code in 0..255, do: "\e[48;5;#{code}m"
  def color_background(r, g, b) when r in 0..5 and g in 0..5 and b in 0..5, do: color_background(16 + 36 * r + 6 * g + b)

  def cursor(line, column) when is_integer(line) and line >= 0 and is_integer(column) and column >= 0,
    do: "\e[#{line};#{column}H"

  def cursor_up(lines \\ 1) when is_integer(lines) and lines >= 1, do: "\e[#{lines}A"
  def cursor_down(lines \\ 1) when is_integer(lines) and lines >= 1, do: "\e[#{lines}B"
  def cursor_right(columns \\ 1) when is_integer(columns) and columns >= 1, do: "\e[#{columns}C"
  def cursor_left(columns \\ 1) when is_integer(columns) and columns >= 1, do: "\e[#{columns}D"

  # elixir enables ANSI when standard output is a terminal and NO_COLOR is unset; the host knows
  def enabled?, do: Application.get_env(:elixir, :ansi_enabled, :beamlet.ansi_default())

  def syntax_colors do
    [
      atom: :cyan,
      binary: :default_color,
      boolean: :magenta,
      charlist: :yellow,
      list: :default_color,
      map: :default_color,
      nil: :magenta,
      number: :yellow,
      string: :green,
      tuple: :default_color
    ]
  end

  @doc "Formats chardata with ANSI atoms; a reset is appended when a sequence was emitted."
  def format(ansidata, emit? \\ enabled?()) when is_boolean(emit?), do: walk(ansidata, [], [], emit?, :none)

  def format_fragment(ansidata, emit? \\ enabled?()) when is_boolean(emit?), do: walk(ansidata, [], [], emit?, :never)

  # walk(term, pending rest lists, accumulated chardata, emit?, reset: :none | :needed | :never)
  defp walk([head | tail], pending, acc, emit?, reset), do: walk(head, [tail | pending], acc, emit?, reset)

  defp walk([], [next | pending], acc, emit?, reset), do: walk(next, pending, acc, emit?, reset)

  defp walk([], [], acc, true, :needed), do: [acc | "\e[0m"]
  defp walk([], [], acc, _emit?, _reset), do: acc

  # (not emitting, an atom is dropped unread, as Elixir does: no error for an unknown name)
  defp walk(atom, pending, acc, true, reset) when is_atom(atom) do
    walk([], pending, [acc | sequence(atom)], true, if(reset == :never, do: :never, else: :needed))
  end

  defp walk(atom, pending, acc, false, reset) when is_atom(atom), do: walk([], pending, acc, false, reset)

  defp walk(other, pending, acc, emit?, reset), do: walk([], pending, [acc, other], emit?, reset)

  defp sequence(:home), do: home()
  defp sequence(:clear), do: clear()
  defp sequence(:clear_line), do: clear_line()

  defp sequence(atom) do
    case Keyword.fetch(@codes, atom) do
      {:ok, code} -> "\e[" <> Integer.to_string(code) <> "m"
      :error -> raise ArgumentError, "invalid ANSI sequence specification: #{inspect(atom)}"
    end
  end
end
