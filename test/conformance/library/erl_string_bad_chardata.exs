# :string functions given what is no chardata fail as OTP 25's string.erl does: in unicode_util:cp/1 (the
# first codepoint), trim in string:trim_l/2, the case functions with {:badarg, term}; is_empty/1 is false.
defmodule T do
  def p(label, f) do
    r = try do
      inspect(f.(), limit: 50)
    rescue
      e -> "raised " <> inspect(e.__struct__) <> ": " <> Exception.message(e)
    catch
      k, v -> "caught #{inspect(k)} #{inspect(v)}"
    end
    IO.puts("#{label}: #{r}")
  end
end
defmodule Main do
  import T
  def run do
    for {name, f} <- [length: &:string.length/1, uppercase: &:string.uppercase/1, trim: &:string.trim/1, reverse: &:string.reverse/1, to_graphemes: &:string.to_graphemes/1, is_empty: &:string.is_empty/1, casefold: &:string.casefold/1, next_grapheme: &:string.next_grapheme/1, next_codepoint: &:string.next_codepoint/1] do
      p "#{name}(:x)", fn -> f.(:x) end
      p "#{name}(123)", fn -> f.(123) end
      p "#{name}([:a])", fn -> f.([:a]) end
    end
  end
end
Main.run()
