# The part of :code written in Erlang on OTP over the code server's BIFs (vm/bifs/code_loading.ts):
# the mode, application directories under the root, path lists, ensure_modules_loaded/1.
defmodule :code do
  @moduledoc false

  # (beamlet loads modules when they are first called, as the BEAM's interactive mode)
  def get_mode, do: :interactive

  # an application's directory: the parent of an ebin on the code path named after it (a
  # project's _build/ENV/lib/APP, a release's lib/APP-VSN), else one whose modules the node knows,
  # under the code root's lib/ (ex_unit's modules are in the library, loaded or not, as its ebin
  # is in Elixir's code path)
  def lib_dir(app) when is_atom(app) do
    name = :erlang.atom_to_list(app)

    case lib_dir_on_path(:code.get_path(), name) do
      nil ->
        case :application.get_key(app, :modules) do
          {:ok, _} -> :code.lib_dir() ++ '/' ++ name
          :undefined when app == :ex_unit -> :code.lib_dir() ++ '/' ++ name
          :undefined -> {:error, :bad_name}
        end

      dir ->
        dir
    end
  end

  def lib_dir(app), do: :erlang.error(:function_clause, [app])

  def lib_dir(app, subdir) when is_atom(subdir) do
    case lib_dir(app) do
      {:error, _} = error -> error
      dir -> dir ++ '/' ++ :erlang.atom_to_list(subdir)
    end
  end

  def priv_dir(app) do
    case lib_dir(app) do
      {:error, _} = error -> error
      dir -> dir ++ '/priv'
    end
  end

  # (the code server names a path's directory DIR/NAME[-VSN]/ebin after NAME)
  defp lib_dir_on_path([], _name), do: nil

  defp lib_dir_on_path([dir | rest], name) do
    parent = :filename.dirname(dir)

    if :filename.basename(dir) == 'ebin' and app_name(:filename.basename(parent)) == name,
      do: parent,
      else: lib_dir_on_path(rest, name)
  end

  # NAME-VSN is NAME when VSN is a version (digits and dots)
  defp app_name(base) do
    {rev_vsn, rest} = Enum.split_while(:lists.reverse(base), &(&1 != ?-))

    case rest do
      [?- | rev_name] when rev_vsn != [] and rev_name != [] ->
        if Enum.all?(rev_vsn, &(&1 == ?. or &1 in ?0..?9)), do: :lists.reverse(rev_name), else: base

      _ ->
        base
    end
  end

  def add_paths(dirs) when is_list(dirs), do: add_pathsz(dirs)
  # (the code server adds the directories that exist, passing over anything else)
  def add_pathsz(dirs) when is_list(dirs), do: Enum.each(dirs, &add_if_list(&1, false))
  def add_pathsa(dirs) when is_list(dirs), do: Enum.each(Enum.reverse(dirs), &add_if_list(&1, true))

  defp add_if_list(dir, front) when is_list(dir), do: if(front, do: :code.add_patha(dir), else: :code.add_pathz(dir))
  defp add_if_list(_dir, _front), do: :ok

  # (OTP loads the modules not loaded yet, each once, in parallel processes: the failures' order
  # is the order those happen to finish in; here the reverse of the sorted names)
  def ensure_modules_loaded(mods) when is_list(mods) do
    unless :lists.all(&is_atom/1, mods), do: :erlang.error(:function_clause, [mods])

    failed =
      for mod <- :lists.usort(mods), reduce: [] do
        acc ->
          case :code.ensure_loaded(mod) do
            {:module, _} -> acc
            {:error, why} -> [{mod, why} | acc]
          end
      end

    if failed == [], do: :ok, else: {:error, failed}
  end

  # :undefined for a module that is not loaded; loaded modules are beamlet bytecode, never native
  def is_module_native(mod) when is_atom(mod) do
    if :erlang.module_loaded(mod), do: false, else: :undefined
  end

  def where_is_file(file), do: where_is_file(:code.get_path(), file)

  # (the library's applications' files are in the node, under the code root)
  def where_is_file(path, file) when is_list(path) do
    Enum.find_value(path, :non_existing, fn dir ->
      full = :filename.join(dir, file)
      if :beamlet.library_file(full) or File.regular?(full), do: full
    end)
  end
end
