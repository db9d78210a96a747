defprotocol Blank do
  @fallback_to_any true
  def blank?(x)
end

defimpl Blank, for: [List, Map] do
  def blank?(x), do: Enum.empty?(x)
end

defimpl Blank, for: BitString do
  def blank?(s), do: String.trim(s) == ""
end

defimpl Blank, for: Atom do
  def blank?(nil), do: true
  def blank?(false), do: true
  def blank?(_), do: false
end

defimpl Blank, for: Any do
  def blank?(_), do: false
end

for v <- [[], [1], %{}, %{a: 1}, "", "  ", "x", nil, false, :ok, 0, {}, 1.5] do
  IO.puts("#{inspect(v)} blank? #{Blank.blank?(v)}")
end
IO.inspect(Blank.impl_for([]))
IO.inspect(Blank.impl_for(%{}))
IO.inspect(Blank.impl_for(0))
