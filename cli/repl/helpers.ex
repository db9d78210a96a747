defmodule IEx.Helpers do
  @moduledoc """
  The REPL's helpers (a subset of iex's). The shell rewrites the calls typed at the prompt
  (`flush()`, `i(x)`, `v(2)`, `ls()` ...) into calls to this module; `h/1` and `respawn/0` are handled
  by the shell itself, and `pid("0.1.0")` with a literal string too.
  """

  @doc "The value that tells the shell not to print the result."
  def dont_display_result, do: :"do not show this result in output"

  @doc "Prints the node's processes (which run old code) and modules (current and old versions)."
  def observe do
    IO.write(:beamlet.observe_table())
    dont_display_result()
  end

  @doc "Prints the messages in the shell's mailbox and empties it."
  def flush do
    receive do
      msg ->
        IO.inspect(msg)
        flush()
    after
      0 -> :ok
    end
  end

  @doc "The result of expression `n` (a negative `n` counts back from the current one)."
  def v({current, history}, n) do
    wanted = if n <= 0, do: current + n, else: n

    case List.keyfind(history, wanted, 0) do
      {_, value} -> value
      nil -> raise RuntimeError, message: "v(#{n}) is out of bounds"
    end
  end

  @doc "Builds a pid from three integers."
  def pid(a, b, c) when is_integer(a) and is_integer(b) and is_integer(c) do
    find_pid("#PID<#{a}.#{b}.#{c}>")
  end

  @doc "Builds a pid from a string \"0.123.0\"."
  def pid(string) when is_binary(string), do: find_pid("#PID<" <> string <> ">")

  defp find_pid(text) do
    case Enum.find(:erlang.processes(), fn p -> inspect(p) == text end) do
      nil -> raise ArgumentError, message: "no such process (beamlet builds pids from literal strings only)"
      p -> p
    end
  end

  @doc "Purges and loads a module from the code path (its .bbc file)."
  def l(module) when is_atom(module) do
    :code.purge(module)
    :code.load_file(module)
  end

  @doc """
  Compiles the given files and loads their modules; returns the module names. With a path, as
  iex does, the object files are also written there (Elixir.Mod.bbc) and the modules are loaded
  from them, so they have their docs (h/1, Code.fetch_docs/1).
  """
  def c(files, path \\ :in_memory) do
    files = List.wrap(files)

    case Enum.reject(files, &File.regular?/1) do
      [] -> :ok
      missing -> raise ArgumentError, message: "could not find files #{Enum.join(missing, ", ")}"
    end

    files
    |> Enum.flat_map(fn file ->
      Enum.map(Code.compile_file(file), fn {mod, binary} ->
        if path != :in_memory do
          target = Path.join(path, Atom.to_string(mod) <> ".bbc")
          File.write!(target, binary)
          :code.purge(mod)
          {:module, ^mod} = :code.load_binary(mod, String.to_charlist(target), binary)
        end

        mod
      end)
    end)
    |> Enum.sort()
  end

  @doc "Recompiles and reloads a module from its source file."
  def r(module) when is_atom(module) do
    source =
      case :code.is_loaded(module) do
        false -> nil
        _ -> Keyword.get(module.module_info(:compile), :source)
      end

    cond do
      source == nil ->
        raise ArgumentError, message: "could not load nor find module: #{inspect(module)}"

      not File.regular?(List.to_string(source)) ->
        raise ArgumentError, message: "could not find source for module: #{inspect(module)}"

      true ->
        mods = Enum.map(Code.compile_file(List.to_string(source)), fn {mod, _} -> mod end)
        {:reloaded, mods}
    end
  end

  @doc "Prints the current working directory."
  def pwd do
    IO.puts(File.cwd!())
    dont_display_result()
  end

  @doc "Changes the current working directory (`~` stands for the home directory) and prints it."
  def cd(directory) when is_binary(directory) do
    case File.cd(expand_home(directory)) do
      :ok -> pwd()
      {:error, :enoent} -> puts_colored(IO.ANSI.red(), "No directory #{directory}")
    end

    dont_display_result()
  end

  @doc """
  Prints the entries of a directory in columns (directories and devices in colour on a
  terminal); given a file, prints its absolute path.
  """
  def ls(path \\ ".") when is_binary(path) do
    path = expand_home(path)

    case File.ls(path) do
      {:ok, items} -> print_entries(path, Enum.sort(items))
      {:error, :enoent} -> puts_colored(IO.ANSI.red(), "No such file or directory #{path}")
      {:error, :enotdir} -> IO.puts(Path.absname(path))
    end

    dont_display_result()
  end

  @doc "Clears the terminal, when it takes ANSI escape codes."
  def clear do
    if IO.ANSI.enabled?() do
      IO.write([IO.ANSI.home(), IO.ANSI.clear()])
    else
      IO.puts("Cannot clear the screen because ANSI escape codes are not enabled on this shell")
    end

    dont_display_result()
  end

  defp expand_home("~"), do: System.user_home!()
  defp expand_home("~/" <> rest), do: Path.join(System.user_home!(), rest)
  defp expand_home(path), do: path

  # 80 columns of entries as wide as the longest (at most 30) and 5 more
  defp print_entries(_path, []), do: :ok

  defp print_entries(path, items) do
    offset = min(Enum.max(Enum.map(items, &String.length/1)), 30) + 5

    len =
      Enum.reduce(items, 0, fn item, len ->
        IO.write([entry_colored(Path.join(path, item), String.pad_trailing(item, offset - 1)), " "])

        if len + offset >= 80 do
          IO.write("\n")
          0
        else
          len + offset
        end
      end)

    if len > 0, do: IO.write("\n")
  end

  defp entry_colored(path, text) do
    cond do
      not IO.ANSI.enabled?() -> text
      File.dir?(path) -> [IO.ANSI.blue(), text, IO.ANSI.default_color()]
      match?({:ok, %File.Stat{type: :device}}, File.stat(path)) -> [IO.ANSI.green(), text, IO.ANSI.default_color()]
      true -> text
    end
  end

  # a line in a colour on a terminal, as iex colours its messages (the newline inside the colour)
  defp puts_colored(color, text) do
    if IO.ANSI.enabled?(), do: IO.write([color, text, "\n", IO.ANSI.default_color()]), else: IO.puts(text)
  end

  @doc "Prints the exported functions of a module."
  def exports(module \\ Kernel) do
    names =
      module.module_info(:exports)
      |> Enum.reject(fn {name, _} -> name in [:module_info, :__info__] end)
      |> Enum.sort()
      |> Enum.map(fn {name, arity} -> "#{name}/#{arity}" end)

    print_table(names)
    dont_display_result()
  end

  defp print_table([]), do: :ok

  defp print_table(list) do
    offset = min(Enum.max(Enum.map(list, &String.length/1)), 30) + 5

    len =
      Enum.reduce(list, 0, fn item, len ->
        IO.write(String.pad_trailing(item, offset))

        if len + offset >= 80 do
          IO.write("\n")
          0
        else
          len + offset
        end
      end)

    if len > 0, do: IO.write("\n")
  end

  @doc "Prints information about a term."
  def i(term) do
    {type, extra, refs} = info(term)
    IO.puts("Term")
    IO.puts("  " <> inspect(term))
    IO.puts("Data type")
    IO.puts("  " <> type)

    Enum.each(extra, fn {title, text} ->
      IO.puts(title)
      IO.puts("  " <> text)
    end)

    if refs != "" do
      IO.puts("Reference modules")
      IO.puts("  " <> refs)
    end

    dont_display_result()
  end

  defp info(term) when is_atom(term) do
    if :code.is_loaded(term) != false do
      {"Atom", [{"Module bytecode", "loaded"}], "Module, Atom"}
    else
      {"Atom", [], "Atom"}
    end
  end

  defp info(term) when is_binary(term) do
    if String.valid?(term) and String.printable?(term) do
      {"BitString",
       [
         {"Byte size", Integer.to_string(byte_size(term))},
         {"Description",
          "This is a string: a UTF-8 encoded binary. It's printed surrounded by\n  \"double quotes\" because all UTF-8 encoded code points in it are printable."},
         {"Raw representation", inspect(term, binaries: :as_binaries)}
       ], "String, :binary"}
    else
      {"BitString", [{"Byte size", Integer.to_string(byte_size(term))},
        {"Description", "This is a binary: a collection of bytes. It's printed with the `<<>>`\n  syntax (as opposed to double quotes) because it is not a UTF-8 encoded\n  binary with printable characters."}], ":binary"}
    end
  end

  defp info(term) when is_integer(term), do: {"Integer", [], "Integer"}
  defp info(term) when is_float(term), do: {"Float", [], "Float"}
  defp info(term) when is_pid(term), do: {"PID", [{"Alive", inspect(Process.alive?(term))}], ""}
  defp info(term) when is_function(term), do: {"Function", [], "Function"}
  defp info(term) when is_tuple(term), do: {"Tuple", [], "Tuple"}
  defp info(term) when is_reference(term), do: {"Reference", [], ""}

  defp info(%{__struct__: s}) when is_atom(s),
    do: {s |> inspect(), [{"Description", "This is a struct. Structs are maps with a __struct__ key."}], inspect(s) <> ", Map"}

  defp info(term) when is_map(term), do: {"Map", [], "Map"}

  defp info(term) when is_list(term) do
    cond do
      term == [] -> {"List", [], "List"}
      List.ascii_printable?(term) ->
        {"List",
         [
           {"Description",
            "This is a list of integers that is printed as a sequence of characters\n  delimited by single quotes because all the integers in it represent printable\n  ASCII characters. Conventionally, a list of Unicode code points is known as a\n  charlist and a list of ASCII characters is a subset of it."},
           {"Raw representation", inspect(term, charlists: :as_lists)}
         ], "List"}
      Keyword.keyword?(term) -> {"List", [{"Description", "This is what is referred to as a \"keyword list\". A keyword list is a list\n  of two-element tuples where the first element of each tuple is an atom."}], "Keyword, List"}
      true -> {"List", [], "List"}
    end
  end

  defp info(_), do: {"Term", [], ""}
end
