defmodule Journal.Entry.Summary do
  @moduledoc false
  @derive {Inspect, only: [:title]}
  defstruct [:title, :length]
end

defmodule Journal.Entry do
  @moduledoc """
  A journal entry: a title, a body and tags.

      iex> entry = Journal.Entry.new("Day one", "Started.")
      iex> entry.title
      "Day one"
      iex> Journal.Entry.tag(entry, :first).tags
      [:first]

  Entries print as text:

      iex> "Day two"
      ...> |> Journal.Entry.new("More.")
      ...> |> Journal.Entry.tag(:second)
      ...> |> Journal.Entry.to_text()
      "# Day two [second]\\nMore."
  """

  defstruct [:title, body: "", tags: []]

  @doc """
  A summary of the entry, which inspects as `#Journal.Entry.Summary<...>`.

      iex> Journal.Entry.summary(Journal.Entry.new("T", "b"))
      #Journal.Entry.Summary<title: "T", ...>

      iex> Journal.Entry.summary(Journal.Entry.new("T", "b"))
      #Journal.Entry.Summary<title: "other", ...>

  An expression with no expected value shows with the next one:

      iex> entry = Journal.Entry.new("T", "b")
      iex> entry.title
      "not T"

  An example that raises:

      iex> entry = Journal.Entry.new("T", "b")
      iex> Journal.Entry.tag(entry.title, :x)
      :never

      iex> [1,
      ...>  2] |>
      ...>   length()
      3

      iex> Journal.Entry.new("", "b")
      ** (ArgumentError) another message
  """
  def summary(%__MODULE__{title: title, body: body}), do: %Journal.Entry.Summary{title: title, length: String.length(body)}

  @doc """
  Builds an entry; the title must not be empty.

      iex> Journal.Entry.new("T", "b")
      %Journal.Entry{title: "T", body: "b", tags: []}

      iex> Journal.Entry.new("", "b")
      ** (ArgumentError) an entry needs a title

  A multi-line expression:

      iex> Journal.Entry.new(
      ...>   "Long",
      ...>   "body"
      ...> ).body
      "body"
  """
  def new(title, body) when is_binary(title) do
    if title == "", do: raise(ArgumentError, "an entry needs a title")
    %__MODULE__{title: title, body: body}
  end

  @doc """
  Adds a tag (once).

      iex> e = Journal.Entry.new("T", "b") |> Journal.Entry.tag(:a) |> Journal.Entry.tag(:a)
      iex> e.tags
      [:a]
      iex> Enum.map([:x, :y], fn t -> Journal.Entry.tag(e, t).tags end)
      [[:x, :a], [:y, :a]]
  """
  def tag(%__MODULE__{tags: tags} = entry, tag) do
    if tag in tags, do: entry, else: %{entry | tags: [tag | tags]}
  end

  @doc """
  The entry as text.

      iex> Journal.Entry.to_text(Journal.Entry.new("T", "b"))
      "# T\\nb"

  This example is wrong on purpose:

      iex> Journal.Entry.to_text(Journal.Entry.new("T", "b"))
      "# T"
  """
  def to_text(%__MODULE__{title: title, body: body, tags: []}), do: "# #{title}\n#{body}"

  def to_text(%__MODULE__{title: title, body: body, tags: tags}) do
    "# #{title} [#{Enum.join(tags, ", ")}]\n#{body}"
  end

  @doc "Prints the entry."
  def print(entry), do: IO.puts(to_text(entry))
end
