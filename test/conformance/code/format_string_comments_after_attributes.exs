# Code.format_string!: comments right after a multi-line module attribute stay against it (no
# blank line); after a heredoc attribute they stand apart only when a blank line follows them
IO.puts Code.format_string!(~S'''
defmodule A do
  @moduledoc """
  hi
  """
  # comment after moduledoc
  def b, do: 1
  @doc """
  hi
  """
  # comment after heredoc, blank after

  def a, do: 1
  @spec update(map(), key(), default :: value(), (existing_value :: value() -> new_value :: value())) :: map()
  # comment after long spec
  def b, do: 1
  @x [aaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccccccccc, dddddddddddddddddddddddddd]
  # comment after long list attr, blank after

  def c, do: 1
  @x 1
  # comment after short attr, blank after

  def c, do: 1
end
''')
