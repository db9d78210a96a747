# Inspect.Algebra's fits? measures a group in its parent's mode (except a broken parent's: flat),
# so next_break_fits(doc, :enabled) or :disabled reaches the breaks of groups inside it, and the
# "a break was seen" state comes back as it was after each group
import Inspect.Algebra

defmodule W do
  defstruct v: nil

  defimpl Inspect do
    import Inspect.Algebra

    def inspect(%W{v: v}, opts) do
      concat(["W(", next_break_fits(group(concat([flex_break(""), nest(to_doc(v, opts), :reset), line(), "x"])), :enabled), ")"])
    end
  end
end

defmodule Show do
  def run do
    docs = [
      group(concat(["a", break(), next_break_fits(group(concat(["[", break(""), "bbbbbbbbbbbb", break(""), "]"])), :enabled), break(), "c"])),
      group(concat(["a", break(), next_break_fits(group(concat(["[", break(""), "bbbbbbbbbbbb", break(""), "]"])), :disabled), break(), "c"])),
      group(concat(["aaaa", group(concat([break(), "bbbbbbbb"])), "cccccccc", break(), "d"])),
      group(concat([group(concat(["a", flex_break(), "bbbbbbbbbbbbbbb"])), "cc", break(), "d"])),
      group(concat(["x", next_break_fits(group(concat([group(concat(["(", break(""), "yyyyyyyyyyyyyyy"])), break(""), ")"])))])),
      group(concat(["x", next_break_fits(concat([group(concat(["(", "yyyyyyyyyyyyyyyyyyy"])), break(""), ")"]))]))
    ]

    for doc <- docs, width <- [4, 8, 12, 16, 20, 30] do
      IO.puts(width |> Integer.to_string() |> Kernel.<>(":") |> Kernel.<>(IO.iodata_to_binary(format(doc, width))))
    end

    IO.puts(inspect({%{1..10 => Map.new(1..4, &{&1, &1 * 2}), é: %W{v: [1, [2, 3], %{a: 4}]}}, {["1"]}, Enum.to_list(97..122)}, pretty: true))
    IO.puts(inspect([%{a: %W{v: 1}, b: List.duplicate(:ok, 10)}, %W{v: "s"}], pretty: true, width: 30))
  end
end

Show.run()
