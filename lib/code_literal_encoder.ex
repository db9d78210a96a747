# Code.string_to_quoted's literal_encoder: the parser marks each literal it read (a number, an
# atom, a string, a charlist, a list, a two-element tuple, a keyword's key) as
# {:"$beamlet_literal", meta, literal, line, column, end_of_expression}; each goes to the encoder,
# the literals inside it first, in the order of the text, as Elixir's parser hands them over. An
# {:error, reason} of the encoder is the parser's error at the literal. (With token_metadata, the
# separator after a literal in a block goes on what the encoder made of it, when that has meta.)
defmodule :beamlet_literal_encoder do
  @moduledoc false

  # file: the bang form's (it raises), nil for {:ok, quoted}; comments: those of
  # string_to_quoted_with_comments, nil for string_to_quoted
  def encode(quoted, encoder, file, source, comments) do
    encoded = walk(quoted, encoder)

    case {file, comments} do
      {nil, nil} -> {:ok, encoded}
      {nil, _} -> {:ok, encoded, comments}
      {_, nil} -> encoded
      {_, _} -> {encoded, comments}
    end
  catch
    {__MODULE__, line, column, reason} ->
      reason = IO.chardata_to_string(reason) <> ": "

      if file == nil do
        {:error, {[line: line, column: column], reason, "literal"}}
      else
        content = source |> String.split("\n") |> Enum.at(line - 1)
        error = SyntaxError.exception(file: file, line: line, column: column, description: reason <> "literal", snippet: %{content: content, offset: column - 1})
        # raised as Elixir's parser raises it: from no frame of its own (nor this module's), the
        # caller's frames below
        # (the BEAM keeps 8 frames, Elixir's parser's among them: 7 of the caller's; read past
        # those of Process.info/2 and encode/5)
        depth = :erlang.system_flag(:backtrace_depth, 10)
        {:current_stacktrace, [_info, _encode | below]} = Process.info(self(), :current_stacktrace)
        :erlang.system_flag(:backtrace_depth, depth)
        :erlang.raise(:error, error, Enum.take(below, depth - 1))
      end
  end

  defp walk({:"$beamlet_literal", meta, literal, line, column, eoe}, encoder) do
    case encoder.(walk(literal, encoder), meta) do
      {:ok, {left, encoded_meta, right}} when eoe != nil and is_list(encoded_meta) -> {left, [eoe | encoded_meta], right}
      {:ok, encoded} -> encoded
      {:error, reason} -> throw({__MODULE__, line, column, reason})
    end
  end

  defp walk({left, meta, right}, encoder), do: {walk(left, encoder), meta, walk(right, encoder)}
  defp walk({left, right}, encoder), do: {walk(left, encoder), walk(right, encoder)}
  defp walk(list, encoder) when is_list(list), do: Enum.map(list, &walk(&1, encoder))
  defp walk(other, _encoder), do: other
end
