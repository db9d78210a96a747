# characters beyond the BMP in string literals: the ones whose UTF-16 low half is U+DC80-U+DCFF
# (📖 U+1F4D6, 💀 U+1F480, 🐍 U+1F40D ...) are text like any other, not raw bytes ("\xD6")
defmodule Lit do
  def book(x), do: "📖 " <> x
  def plain, do: "💀🐍📖"
  def bin, do: <<"📖", 1>>
  def interp(x), do: "#{x} 🐍"
  def sigil, do: ~s(📚 #{1})
  def heredoc do
    """
    🐚 shell
    """
  end
  def mixed, do: "\xff📖\xfe"
  def pat("📖" <> rest), do: rest
  def pat(_), do: :nomatch
end
IO.inspect [Lit.book("x"), Lit.plain(), Lit.bin(), Lit.interp(1), Lit.sigil(), Lit.heredoc()]
IO.inspect Lit.mixed()
IO.inspect {Lit.pat("📖 rest"), Lit.pat("💀")}
IO.inspect {byte_size("📖"), String.length("💀🐍📖"), String.to_charlist("📖")}
IO.inspect :"📖 atom"
IO.inspect ~c"📖"
IO.inspect String.split("a📖b📖c", "📖")
IO.puts "top level: 📖 💀 🐍 👁️ 🔥 😀"
case "🐍" do
  "🐍" -> IO.puts("matched 🐍")
end
