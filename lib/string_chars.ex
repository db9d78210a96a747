# (defprotocol at line 3, as in Elixir's lib/string/chars.ex: impl_for!/1's frame names it)

defprotocol String.Chars do
  @moduledoc "The String.Chars protocol converts a data structure to its human representation (to_string/1)."

  @doc "Converts term to a string."
  @beamlet_frame_line 22
  def to_string(term)
end

defimpl String.Chars, for: Atom do
  def to_string(nil), do: ""
  def to_string(atom), do: Atom.to_string(atom)
end

defimpl String.Chars, for: BitString do
  def to_string(term) when is_binary(term), do: term

  @beamlet_frame_line 41
  def to_string(term) do
    raise Protocol.UndefinedError,
      protocol: String.Chars,
      value: term,
      description: "cannot convert a bitstring to a string"
  end
end

defimpl String.Chars, for: List do
  def to_string(charlist), do: List.to_string(charlist)
end

defimpl String.Chars, for: Integer do
  def to_string(term), do: Integer.to_string(term)
end

defimpl String.Chars, for: Float do
  def to_string(term), do: Float.to_string(term)
end
