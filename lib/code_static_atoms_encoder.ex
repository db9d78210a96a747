# Code.string_to_quoted's static_atoms_encoder: the atoms Elixir's tokenizer would make from the
# text (lang/static_atoms.ts lists them, in order) each go to the encoder as the tokenizer hands
# them over, name and [line:, column:]; the text is then read again with the encoder's terms in
# their places. An {:error, reason} stops at that atom: the tokenizer's error there.
defmodule :beamlet_static_atoms_encoder do
  @moduledoc false

  def encode(atoms, encoder, string, opts, kind) do
    encoded =
      try do
        {:ok, Enum.map(atoms, fn {name, line, column} -> encoded(encoder, name, line, column) end)}
      catch
        {__MODULE__, line, column, reason, name} -> {:error, line, column, reason, name}
      end

    :beamlet.static_atoms_quoted(string, opts, encoded, kind)
  end

  defp encoded(encoder, name, line, column) do
    case encoder.(name, line: line, column: column) do
      {:ok, term} -> term
      {:error, reason} when is_binary(reason) -> throw({__MODULE__, line, column, reason <> ": ", name})
      other -> :erlang.error({:case_clause, other})
    end
  end
end
