# :beam_lib over beamlet's object code (vm/bifs/object_code_chunks.ts decodes it). A binary is the
# object code itself; a charlist or atom names a file, ending in ".beam" (added when it does not)
# as on OTP, or in ".bbc". beamlet's object code holds the attributes, exports and compile_info chunks;
# abstract_code answers :no_abstract_code (no Erlang abstract code is kept) and the other chunks
# are missing, as in a stripped BEAM file.
defmodule :beam_lib do
  @moduledoc false

  @chunk_ids %{
    atoms: 'AtU8', labeled_exports: 'ExpT', imports: 'ImpT', indexed_imports: 'ImpT',
    locals: 'LocT', labeled_locals: 'LocT', debug_info: 'Dbgi'
  }

  # (OTP catches a bad argument here, and answers the caught exit)
  def version(beam) do
    read =
      try do
        read_chunk_data(beam, [:attributes], [])
      catch
        :error, reason -> {:EXIT, {reason, __STACKTRACE__}}
      end

    case read do
      {:ok, {module, [attributes: attributes]}} -> {:ok, {module, :proplists.get_value(:vsn, attributes)}}
      error -> error
    end
  end

  def md5(beam) do
    case object_code(beam) do
      {:ok, _source, chunks} -> {:ok, {chunks.module, chunks.md5}}
      error -> error
    end
  end

  def chunks(beam, chunk_refs), do: read_chunk_data(beam, chunk_refs, [])
  def chunks(beam, chunk_refs, options), do: read_chunk_data(beam, chunk_refs, options)

  @doc false
  def read_chunk_data(beam, chunk_refs, options)
      when (is_atom(beam) or is_list(beam) or is_binary(beam)) and is_list(options) do
    with {:ok, source, chunks} <- object_code(beam) do
      check_chunks(chunk_refs, source, chunks, :lists.member(:allow_missing_chunks, options), [])
    end
  end

  # each chunk asked for, in order (a ref not a list fails here, as on OTP)
  defp check_chunks([ref | refs], source, chunks, allow_missing, acc) do
    case chunk(ref, source, chunks) do
      {:ok, value} -> check_chunks(refs, source, chunks, allow_missing, [{ref, value} | acc])
      {:missing, _} when allow_missing -> check_chunks(refs, source, chunks, allow_missing, [{ref, :missing_chunk} | acc])
      {:missing, id} -> {:error, :beam_lib, {:missing_chunk, source, id}}
      :unknown -> {:error, :beam_lib, {:unknown_chunk, source, ref}}
    end
  end

  defp check_chunks([], _source, chunks, _allow_missing, acc), do: {:ok, {chunks.module, :lists.reverse(acc)}}

  defp chunk(:attributes, _, chunks), do: {:ok, merge_attributes(:lists.keysort(1, chunks.attributes))}
  defp chunk(:exports, _, chunks), do: {:ok, chunks.exports}
  defp chunk(:compile_info, _, chunks), do: {:ok, chunks.compile}
  defp chunk(:abstract_code, _, _), do: {:ok, :no_abstract_code}

  defp chunk(ref, _, _) when is_atom(ref) do
    case @chunk_ids do
      %{^ref => id} -> {:missing, id}
      %{} -> :unknown
    end
  end

  defp chunk([_, _, _, _] = id, _, _), do: {:missing, id}
  defp chunk(_, _, _), do: :unknown

  # as OTP's beam_lib lists them: sorted by name, the values of one name in one list
  defp merge_attributes([{name, a}, {name, b} | rest]), do: merge_attributes([{name, a ++ b} | rest])
  defp merge_attributes([attribute | rest]), do: [attribute | merge_attributes(rest)]
  defp merge_attributes([]), do: []

  # {:ok, what errors name it (the file name or the binary), the chunks}, or beam_lib's error
  defp object_code(beam) when is_binary(beam) do
    case :beamlet.object_code_chunks(beam) do
      :badfile -> {:error, :beam_lib, {:not_a_beam_file, beam}}
      chunks -> {:ok, beam, chunks}
    end
  end

  defp object_code(file) do
    name = if is_atom(file), do: :erlang.atom_to_list(file), else: file
    # (beamlet's own object files, as :code.which/1 names them, are read as they are)
    name = if :filename.extension(name) == '.bbc', do: name, else: :filename.rootname(name, '.beam') ++ '.beam'

    case :file.read_file(name) do
      {:ok, bytes} ->
        case :beamlet.object_code_chunks(bytes) do
          :badfile -> {:error, :beam_lib, {:not_a_beam_file, :erlang.list_to_atom(name)}}
          chunks -> {:ok, name, chunks}
        end

      {:error, reason} ->
        case library_object_code(name) do
          {:ok, bytes} -> {:ok, name, :beamlet.object_code_chunks(bytes)}
          :error -> {:error, :beam_lib, {:file_error, name, reason}}
        end
    end
  end

  # the library's modules have no files: their object code is the one :code.which/1 names
  defp library_object_code(name) do
    module = :erlang.list_to_existing_atom(:filename.rootname(:filename.basename(name)))

    with ^name <- :code.which(module),
         {^module, bytes, _} <- :code.get_object_code(module) do
      {:ok, bytes}
    else
      _ -> :error
    end
  rescue
    ArgumentError -> :error
  end
end
