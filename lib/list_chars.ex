defprotocol List.Chars do
  @moduledoc "The List.Chars protocol converts a data structure to a charlist (to_charlist/1)."

  @doc "Converts term to a charlist."
  @beamlet_frame_line 17
  def to_charlist(term)

  @doc false
  @deprecated "Use List.Chars.to_charlist/1 instead"
  Kernel.def to_char_list(term) do
    __MODULE__.to_charlist(term)
  end
end

defimpl List.Chars, for: Atom do
  def to_charlist(nil), do: []
  def to_charlist(atom), do: Atom.to_charlist(atom)
end

defimpl List.Chars, for: BitString do
  def to_charlist(term) when is_binary(term), do: String.to_charlist(term)

  def to_charlist(term) do
    raise Protocol.UndefinedError,
      protocol: List.Chars,
      value: term,
      description: "cannot convert a bitstring to a charlist"
  end

end

defimpl List.Chars, for: List do
  # a list is returned as it is (Elixir does not flatten chardata here)
  def to_charlist(list), do: list
end

defimpl List.Chars, for: Integer do
  def to_charlist(term), do: Integer.to_charlist(term)
end

defimpl List.Chars, for: Float do
  def to_charlist(term), do: Float.to_charlist(term)
end
