# Protocol's functions for a running program (Elixir 1.14's): checking that a module is a protocol
# or an implementation of one, and consolidated?/1 (beamlet never consolidates: a script's
# protocols answer false, as they do under `elixir FILE.exs`). extract_protocols/impls read a
# directory's compiled module files.
defmodule Protocol do
  def assert_protocol!(module), do: assert_protocol!(module, "")

  defp assert_protocol!(module, extra) do
    case Code.ensure_compiled(module) do
      {:module, ^module} -> :ok
      {:error, reason} -> raise ArgumentError, "could not load module #{inspect(module)} due to reason #{inspect(reason)}#{extra}"
    end

    try do
      module.__protocol__(:module)
    rescue
      UndefinedFunctionError -> raise ArgumentError, "#{inspect(module)} is not a protocol#{extra}"
    end

    :ok
  end

  def assert_impl!(protocol, base), do: assert_impl!(protocol, base, "")

  defp assert_impl!(protocol, base, extra) do
    impl = Module.concat(protocol, base)

    case Code.ensure_compiled(impl) do
      {:module, ^impl} -> :ok
      {:error, reason} -> raise ArgumentError, "could not load module #{inspect(impl)} due to reason #{inspect(reason)}#{extra}"
    end

    try do
      impl.__impl__(:protocol)
    rescue
      UndefinedFunctionError -> raise ArgumentError, "#{inspect(impl)} is not an implementation of a protocol#{extra}"
    else
      ^protocol -> :ok
      other -> raise ArgumentError, "expected #{inspect(impl)} to be an implementation of #{inspect(protocol)}, got: #{inspect(other)}#{extra}"
    end
  end

  def consolidated?(protocol), do: protocol.__protocol__(:consolidated?)

  # the protocols among the modules compiled into the directories
  def extract_protocols(paths) when is_list(paths) do
    for module <- modules_in(paths, "Elixir."),
        Code.ensure_loaded?(module) and function_exported?(module, :__protocol__, 1),
        uniq: true,
        do: module
  end

  # the types `protocol` is implemented for, from the module names in the directories
  def extract_impls(protocol, paths) when is_atom(protocol) and is_list(paths) do
    prefix = Atom.to_string(protocol) <> "."

    for module <- modules_in(paths, prefix), uniq: true do
      module |> Atom.to_string() |> binary_part(byte_size(prefix), byte_size(Atom.to_string(module)) - byte_size(prefix)) |> then(&Module.concat([&1]))
    end
  end

  defp modules_in(paths, prefix) do
    for path <- paths,
        {:ok, files} <- [File.ls(to_string(path))],
        file <- Enum.sort(files),
        String.starts_with?(file, prefix) and Path.extname(file) in [".beam", ".bbc"],
        do: String.to_atom(Path.rootname(file))
  end
end
