defmodule IEx.Helpers do
  @moduledoc """
  The REPL's helpers (a subset of iex's). The shell rewrites the calls typed at the prompt
  (`flush()`, `i(x)`, `v(2)`, `ls()` ...) into calls to this module; `h/1` and `respawn/0` are handled
  by the shell itself.
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
  # (the shell passes its history: frames name iex's v/1, which reads it from the shell's state)
  @beamlet_shown_as {:v, 1}
  def v(history, n) do
    {_, value} = __at_line__(402, IEx.History.nth(IEx.History.__from_results__(history), n))
    value
  end

  @doc "The pid `<x.y.z>` (alive or not), from its three integers."
  def pid(x, y, z) when is_integer(x) and x >= 0 and is_integer(y) and y >= 0 and is_integer(z) and z >= 0 do
    :erlang.list_to_pid(~c"<#{x}.#{y}.#{z}>")
  end

  @doc "The pid written in `string` (\"0.123.0\"), alive or not, or registered under an atom."
  def pid(string) when is_binary(string), do: :erlang.list_to_pid(~c"<" ++ String.to_charlist(string) ++ ~c">")

  def pid(name) when is_atom(name) do
    case Process.whereis(name) do
      pid when is_pid(pid) -> pid
      _ -> __at_line__(1255, raise(ArgumentError, message: "could not find registered process with name: #{inspect(name)}"))
    end
  end

  @doc "The port `#Port<major.minor>`, from its two integers."
  def port(major, minor) when is_integer(major) and major >= 0 and is_integer(minor) and minor >= 0 do
    __at_line__(1308, :erlang.list_to_port(~c"#Port<#{major}.#{minor}>"))
  end

  @doc "The port written in `string` (\"0.4\")."
  def port(string) when is_binary(string), do: __at_line__(1291, :erlang.list_to_port(~c"#Port<" ++ String.to_charlist(string) ++ ~c">"))

  @doc "The reference `#Reference<w.x.y.z>`, from its four integers."
  def ref(w, x, y, z) when is_integer(w) and w >= 0 and is_integer(x) and x >= 0 and is_integer(y) and y >= 0 and is_integer(z) and z >= 0 do
    __at_line__(1340, :erlang.list_to_ref(~c"#Ref<#{w}.#{x}.#{y}.#{z}>"))
  end

  @doc "The reference written in `string` (\"0.1.2.3\")."
  def ref(string) when is_binary(string), do: __at_line__(1324, :erlang.list_to_ref(~c"#Ref<" ++ String.to_charlist(string) ++ ~c">"))

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
  def c(files, path \\ :in_memory) when is_binary(path) or path == :in_memory do
    files = List.wrap(files)

    case Enum.reject(files, &File.regular?/1) do
      [] -> :ok
      missing -> __at_line__(184, raise(ArgumentError, message: "could not find files #{Enum.join(missing, ", ")}"))
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

  @doc """
  Loads a module's object code on the given nodes (the connected ones by default): `{:ok, results}`
  with `{node, :loaded, module}`, `{node, :badrpc, reason}` or `{node, :error, reason}` per node,
  or `{:error, :nofile}` for a module without object code (compiled in memory). beamlet's nodes
  are not distributed: this node loads it, any other is down.
  """
  def nl(nodes \\ Node.list(), module) when is_list(nodes) and is_atom(module) do
    cond do
      code = object_code(module) -> {:ok, Enum.map(nodes, &load_on(&1, module, code))}
      module in :erlang.pre_loaded() or :code.is_loaded(module) == {:file, :preloaded} -> {:ok, Enum.map(nodes, &load_on(&1, module, :library))}
      true -> {:error, :nofile}
    end
  end

  # on the code path, which in iex starts with "." (beamlet's shell has no such entry)
  defp object_code(module) do
    path = ~c"./" ++ Atom.to_charlist(module) ++ :code.objfile_extension()

    with :error <- :code.get_object_code(module),
         {:ok, binary} <- File.read(path) do
      {binary, path}
    else
      {^module, binary, path} -> {binary, path}
      _ -> nil
    end
  end

  defp load_on(node, _module, _code) when node != node(), do: {node, :badrpc, :nodedown}

  # the standard library's code is the node's own (loading it again changes nothing); OTP's
  # modules stand in sticky directories, which refuse it, as on the BEAM
  defp load_on(node, module, :library) do
    if String.starts_with?(Atom.to_string(module), "Elixir.") do
      {node, :loaded, module}
    else
      # (the code server's report)
      :logger.error(~c"Can't load module '~w' that resides in sticky dir~n", [module])
      {node, :error, :sticky_directory}
    end
  end

  defp load_on(node, module, {binary, path}) do
    case :code.load_binary(module, path, binary) do
      {:module, _} -> {node, :loaded, module}
      {:error, reason} -> {node, :error, reason}
    end
  end

  @doc "Recompiles and reloads a module from its source file."
  def r(module) when is_atom(module) do
    # (a list of one module, mapped, as iex's frames show)
    reload = fn module ->
      unless Code.ensure_loaded?(module) do
        __at_line__(435, raise(ArgumentError, message: "could not load nor find module: #{inspect(module)}"))
      end

      source = List.to_string(Keyword.get(module.module_info(:compile), :source, ~c""))

      # (the standard library's source is not the user's to recompile, even where a file of that
      # name stands: a beamlet checkout has lib/enum.ex)
      unless File.regular?(source) and module not in :erlang.pre_loaded() do
        __at_line__(445, raise(ArgumentError, message: "could not find source (#{source}) for module: #{inspect(module)}"))
      end

      Enum.map(Code.compile_file(source), fn {mod, _} -> mod end)
    end

    {:reloaded, Enum.concat(__at_line__(433, Enum.map(List.wrap(module), reload)))}
  end

  @doc """
  Opens a module, function (`{Mod, :fun}`, `{Mod, :fun, arity}`: the shell writes `open(Mod.fun/1)`
  so) or `{file, line}` in the editor that ELIXIR_EDITOR or EDITOR names (`__FILE__` and
  `__LINE__` are replaced, else `file:line` is appended), as iex does: its source from the
  module's compile info, the lines from its object code (a module compiled in memory has none).
  """
  def open(module) when is_atom(module) do
    case open_mfa(module, :__info__, 1) do
      {source, nil, _} -> open(source)
      {_, tuple, _} -> open(tuple)
      :error -> puts_error("Could not open: #{inspect(module)}. Module is not available.")
    end

    dont_display_result()
  end

  def open({module, function}) when is_atom(module) and is_atom(function) do
    case open_mfa(module, function, :*) do
      {_, _, nil} -> puts_error("Could not open: #{inspect(module)}.#{function}. Function/macro is not available.")
      {_, _, tuple} -> open(tuple)
      :error -> puts_error("Could not open: #{inspect(module)}.#{function}. Module is not available.")
    end

    dont_display_result()
  end

  def open({module, function, arity}) when is_atom(module) and is_atom(function) and is_integer(arity) do
    case open_mfa(module, function, arity) do
      {_, _, nil} -> puts_error("Could not open: #{inspect(module)}.#{function}/#{arity}. Function/macro is not available.")
      {_, _, tuple} -> open(tuple)
      :error -> puts_error("Could not open: #{inspect(module)}.#{function}/#{arity}. Module is not available.")
    end

    dont_display_result()
  end

  def open({file, line}) when is_binary(file) and is_integer(line) do
    cond do
      not File.regular?(file) ->
        puts_error("Could not open: #{inspect(file)}. File is not available.")

      editor = System.get_env("ELIXIR_EDITOR") || System.get_env("EDITOR") ->
        command =
          if editor =~ "__FILE__" or editor =~ "__LINE__" do
            editor |> String.replace("__FILE__", inspect(file)) |> String.replace("__LINE__", Integer.to_string(line))
          else
            "#{editor} #{inspect(file)}:#{line}"
          end

        IO.write(:os.cmd(String.to_charlist(command)))

      true ->
        puts_error(
          "Could not open: #{inspect(file)}. Please set the ELIXIR_EDITOR or EDITOR environment variables with the command line invocation of your favorite EDITOR."
        )
    end

    dont_display_result()
  end

  # (a module's source alone, as iex 1.14 hands it to this same function, is no valid argument)
  def open(invalid) do
    puts_error("Invalid arguments for open helper: #{inspect(invalid)}")
    dont_display_result()
  end

  # {source, {source, module line} | nil, {source, line} | nil}, or :error for a module not loaded
  defp open_mfa(module, fun, arity) do
    with {:module, _} <- Code.ensure_loaded(module),
         source when is_list(source) <- module.module_info(:compile)[:source] do
      source = open_source(module, source)

      case :beamlet.definition_lines(module, Atom.to_string(fun), arity) do
        {module_line, nil} -> {source, {source, module_line}, nil}
        {module_line, line} -> {source, {source, module_line}, {source, line}}
        :error -> {source, nil, nil}
      end
    else
      _ -> :error
    end
  end

  # Elixir's and OTP's own modules: their source under the application's directory
  defp open_source(module, source) do
    case :application.get_application(module) do
      {:ok, app} when app in [:eex, :elixir, :ex_unit, :iex, :logger, :mix, :kernel, :stdlib] ->
        {in_app, [lib_or_src | _]} = source |> Path.split() |> Enum.reverse() |> Enum.split_while(&(&1 not in ["lib", "src"]))
        Application.app_dir(app, Path.join([lib_or_src | Enum.reverse(in_app)]))

      _ ->
        List.to_string(source)
    end
  end

  # an error line, red on a terminal as iex's :eval_error
  defp puts_error(text) do
    if IO.ANSI.enabled?(), do: IO.puts([IO.ANSI.red(), text, IO.ANSI.reset()]), else: IO.puts(text)
  end

  @runtime_info_topics [:system, :memory, :limits, :applications]

  @doc """
  Prints the node's system and architecture, memory and statistics/limits (and, asked for, its
  loaded applications) as iex does, with beamlet's own figures: its memory as :erlang.memory/0
  estimates it, its ETS tables and ports, processes and atoms.
  """
  def runtime_info, do: runtime_info([:system, :memory, :limits])

  def runtime_info(topic) when is_atom(topic) and topic in @runtime_info_topics, do: runtime_info([topic])

  def runtime_info(topics) when is_list(topics), do: topics |> Enum.uniq() |> print_runtime_info()

  defp print_runtime_info(topics) do
    __at_line__(562, Enum.each(topics, &print_runtime_info_topic/1))
    IO.puts("")
    IO.puts(info_key("Showing topics") <> inspect(topics))
    IO.puts(info_key("Additional topics") <> inspect(@runtime_info_topics -- topics))
    IO.puts("")
    IO.puts("To view a specific topic call runtime_info(topic)")
    IO.puts("")
    dont_display_result()
  end

  defp print_runtime_info_topic(:system) do
    info_pane("System and architecture")
    info_entry("Elixir version", System.version())
    info_entry("Erlang/OTP version", :erlang.system_info(:otp_release))
    info_entry("ERTS version", :erlang.system_info(:version))
    info_entry("Compiled for", :erlang.system_info(:system_architecture))
    info_entry("Schedulers", :erlang.system_info(:schedulers))
    info_entry("Schedulers online", :erlang.system_info(:schedulers_online))
  end

  defp print_runtime_info_topic(:memory) do
    info_pane("Memory")

    for {label, kind} <- [{"Total", :total}, {"Atoms", :atom}, {"Binaries", :binary}, {"Code", :code}, {"ETS", :ets}, {"Processes", :processes}] do
      info_entry(label, memory_text(:erlang.memory(kind)))
    end
  end

  defp print_runtime_info_topic(:limits) do
    info_pane("Statistics / limits")
    {since_start, _} = :erlang.statistics(:wall_clock)
    info_entry("Uptime", uptime_text(div(since_start, 1000)))
    info_entry("Run queue", :erlang.statistics(:run_queue))

    for {label, count, limit} <- [{"Atoms", :atom_count, :atom_limit}, {"ETS", :ets_count, :ets_limit}, {"Ports", :port_count, :port_limit}, {"Processes", :process_count, :process_limit}] do
      {count, limit} = {:erlang.system_info(count), :erlang.system_info(limit)}
      info_entry(label, "#{count} / #{limit} (#{trunc(count / limit * 100)}% used)")
    end
  end

  defp print_runtime_info_topic(:applications) do
    info_pane("Loaded OTP Applications")
    started = for {app, _, _} <- Application.started_applications(), do: app

    for {app, _, vsn} <- Enum.sort(Application.loaded_applications()) do
      IO.puts(info_key(Atom.to_string(app)) <> String.pad_trailing(List.to_string(vsn), 20) <> if(app in started, do: "(started)", else: ""))
    end
  end

  # a section's title, yellow on a terminal as iex's results
  defp info_pane(title) do
    text = ["\n## ", title, " \n"]
    if IO.ANSI.enabled?(), do: IO.puts([IO.ANSI.yellow(), text, IO.ANSI.reset()]), else: IO.puts(text)
  end

  defp info_entry(label, value), do: IO.puts(info_key(label) <> to_string(value))

  defp info_key(label), do: String.pad_trailing(label <> ":", 20)

  defp memory_text(bytes) do
    cond do
      bytes >= 1024 * 1024 * 1024 -> "#{div(bytes, 1024 * 1024 * 1024)} GB"
      bytes >= 1024 * 1024 -> "#{div(bytes, 1024 * 1024)} MB"
      bytes >= 1024 -> "#{div(bytes, 1024)} KB"
      true -> "#{bytes} B"
    end
  end

  # as :c.uptime/0 writes it: days, hours and minutes once there are some, then seconds
  defp uptime_text(seconds) do
    {days, {hours, minutes, secs}} = :calendar.seconds_to_daystime(seconds)

    [
      if(days > 0, do: "#{days} days, ", else: ""),
      if(days + hours > 0, do: "#{hours} hours, ", else: ""),
      if(days + hours + minutes > 0, do: "#{minutes} minutes and ", else: ""),
      "#{secs} seconds"
    ]
    |> Enum.join()
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

  @doc "Prints the macros, then the functions, a module exports (name/arity, in columns)."
  def exports(module \\ Kernel) do
    exported =
      if Code.ensure_loaded?(module) and function_exported?(module, :__info__, 1) do
        module.__info__(:macros) ++ (module.__info__(:functions) -- [__info__: 1])
      else
        module.module_info(:exports) -- [module_info: 0, module_info: 1]
      end

    exported |> Enum.map(fn {name, arity} -> "#{name}/#{arity}" end) |> print_table()
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

  @doc """
  Prints information about a term (the last result with no argument): its data type and what
  IEx.Info says of it, then the protocols implemented for it.
  """
  def i(term) do
    protocols =
      :beamlet.protocols()
      |> Enum.filter(&(&1.impl_for(term) != nil))
      |> Enum.sort()
      |> Enum.map_join(", ", &inspect/1)

    sections = [{"Term", inspect(term)}] ++ IEx.Info.info(term) ++ [{"Implemented protocols", protocols}]

    for {title, text} <- sections do
      if IO.ANSI.enabled?(), do: IO.write([IO.ANSI.yellow(), to_string(title), "\n", IO.ANSI.default_color()]), else: IO.puts(to_string(title))
      IO.puts("  " <> (text |> to_string() |> String.trim() |> String.replace("\n", "\n  ")))
    end

    dont_display_result()
  end
end

defmodule IEx.History do
  @moduledoc """
  The shell's results, for v/1: iex's history (a queue of {n, value}, its size and the number of
  its oldest entry, pruned to the last 20 as iex prunes it).
  """
  defstruct queue: :queue.new(), size: 0, start: 1

  @limit 20

  @doc false
  # the history the shell keeps as {current, [{n, value}] oldest first}: as iex's after the same
  # appends (the values of those pruned since are never read: the queue's shape is what matters)
  def __from_results__({_current, results}) do
    first = case results do
      [{n, _} | _] -> n
      [] -> 1
    end

    pruned = Enum.reduce(1..(first - 1)//1, %IEx.History{}, &append(&2, {&1, nil}, @limit))
    Enum.reduce(results, pruned, &append(&2, &1, @limit))
  end

  @doc "The history with `entry` added, the oldest dropped beyond `limit` entries."
  def append(%IEx.History{queue: q, size: size} = state, entry, limit) do
    prune(%{state | queue: :queue.in(entry, q), size: size + 1}, state.start, limit)
  end

  # (as iex: size counts every entry appended, start moves past the dropped ones)
  defp prune(state, _counter, limit) when limit < 0, do: state
  defp prune(%{size: size} = state, counter, limit) when size - counter < limit, do: %{state | start: counter}

  defp prune(%{queue: q} = state, counter, limit) do
    {{:value, _entry}, q} = :queue.out(q)
    prune(%{state | queue: q}, counter + 1, limit)
  end

  @doc "The entry {n, value} of expression `n` (a negative `n` counts back from the current one)."
  def nth(%IEx.History{queue: q, size: size, start: start}, n) when n - start >= 0 and n - start < size do
    get_nth(q, n - start)
  end

  def nth(%IEx.History{queue: q, size: size, start: start}, n) when n < 0 and size + n >= start - 1 do
    get_nth(:queue.reverse(q), abs(n) - 1)
  end

  def nth(%IEx.History{}, n), do: __at_line__(54, raise(RuntimeError, message: "v(#{n}) is out of bounds"))

  defp get_nth(q, 0), do: :queue.head(q)
  defp get_nth(q, n) when n > 0, do: get_nth(:queue.tail(q), n - 1)
end

defmodule IEx do
  @moduledoc "The shell's own functions that code run in it may call."

  @doc "The value that tells the shell not to print the result."
  def dont_display_result, do: IEx.Helpers.dont_display_result()

  @doc "Whether the shell is running: true inside it."
  def started?, do: true
end

defprotocol IEx.Info do
  @moduledoc "What i/1 says of a term: a list of {section title, text}."
  @fallback_to_any true

  @doc "The sections i/1 prints for `term` (between its Term and Implemented protocols)."
  def info(term)
end

defimpl IEx.Info, for: Integer do
  def info(_), do: [{"Data type", "Integer"}, {"Reference modules", "Integer"}]
end

defimpl IEx.Info, for: Float do
  def info(_), do: [{"Data type", "Float"}, {"Reference modules", "Float"}]
end

defimpl IEx.Info, for: Tuple do
  def info(_), do: [{"Data type", "Tuple"}, {"Reference modules", "Tuple"}]
end

defimpl IEx.Info, for: Map do
  def info(_), do: [{"Data type", "Map"}, {"Reference modules", "Map"}]
end

defimpl IEx.Info, for: Reference do
  def info(_), do: [{"Data type", "Reference"}]
end

defimpl IEx.Info, for: Port do
  def info(port) do
    [{"Data type", "Port"}, {"Open", Port.info(port) != nil}, {"Reference modules", "Port"}]
  end
end

defimpl IEx.Info, for: PID do
  def info(pid) do
    state =
      case Process.info(pid, [:registered_name, :links, :message_queue_len]) do
        nil ->
          [{"Alive", false}]

        info ->
          name = if info[:registered_name] == [], do: "not registered", else: inspect(info[:registered_name])
          links = if info[:links] == [], do: "none", else: Enum.map_join(info[:links], ", ", &inspect/1)
          [{"Alive", true}, {"Name", name}, {"Links", links}, {"Message queue length", info[:message_queue_len]}]
      end

    [{"Data type", "PID"}] ++
      state ++
      [{"Description", "Use Process.info/1 to get more info about this process"}, {"Reference modules", "Process, Node"}]
  end
end

defimpl IEx.Info, for: Function do
  def info(fun) do
    {:type, type} = Function.info(fun, :type)
    {:arity, arity} = Function.info(fun, :arity)
    {:env, env} = Function.info(fun, :env)
    # a capture of a named function (&Enum.map/2) says no more
    description = if type == :external and env == [], do: [], else: [{"Description", "This is an anonymous function."}]
    [{"Data type", "Function"}, {"Type", Atom.to_string(type)}, {"Arity", arity}] ++ description
  end
end

defimpl IEx.Info, for: List do
  def info(list) do
    [{"Data type", "List"}] ++ about(list)
  end

  defp about([]), do: [{"Reference modules", "List"}]

  defp about(list) do
    cond do
      List.ascii_printable?(list) ->
        [
          {"Description",
           """
           This is a list of integers that is printed as a sequence of characters
           delimited by single quotes because all the integers in it represent printable
           ASCII characters. Conventionally, a list of Unicode code points is known as a
           charlist and a list of ASCII characters is a subset of it.
           """},
          {"Raw representation", inspect(list, charlists: :as_lists)},
          {"Reference modules", "List"}
        ]

      Keyword.keyword?(list) ->
        [
          {"Description",
           """
           This is what is referred to as a "keyword list". A keyword list is a list
           of two-element tuples where the first element of each tuple is an atom.
           """},
          {"Reference modules", "Keyword, List"}
        ]

      List.improper?(list) ->
        [
          {"Description",
           """
           This is what is referred to as an "improper list". An improper list is a
           list which its last tail is not to an empty list. For example: [1, 2, 3]
           is a proper list, as it is equivalent to [1, 2, 3 | []], as opposed to
           [1, 2 | 3] which is an improper list since its last tail returns 3.
           """},
          {"Reference modules", "List"}
        ]

      true ->
        [{"Reference modules", "List"}]
    end
  end
end

defimpl IEx.Info, for: BitString do
  def info(bits) when not is_binary(bits) do
    [
      {"Data type", "BitString"},
      {"Bits size", bit_size(bits)},
      {"Description",
       """
       This is a bitstring. It's a chunk of bits that are not divisible by 8
       (the number of bytes isn't whole).
       """}
    ]
  end

  def info(bin) do
    [{"Data type", "BitString"}, {"Byte size", byte_size(bin)}] ++ about(bin)
  end

  defp about(bin) do
    cond do
      String.printable?(bin) ->
        [
          {"Description",
           """
           This is a string: a UTF-8 encoded binary. It's printed surrounded by
           "double quotes" because all UTF-8 encoded code points in it are printable.
           """},
          {"Raw representation", inspect(bin, binaries: :as_binaries)},
          {"Reference modules", "String, :binary"}
        ]

      String.valid?(bin) ->
        first = bin |> String.codepoints() |> Enum.find(&(not String.printable?(&1)))

        [
          {"Description",
           """
           This is a string: a UTF-8 encoded binary. It's printed with the `<<>>`
           syntax (as opposed to double quotes) because it contains non-printable
           UTF-8 encoded code points (the first non-printable code point being
           `#{inspect(first)}`).
           """},
          {"Reference modules", "String, :binary"}
        ]

      true ->
        first = bin |> String.codepoints() |> Enum.find(&(not String.valid?(&1)))

        [
          {"Description",
           """
           This is a binary: a collection of bytes. It's printed with the `<<>>`
           syntax (as opposed to double quotes) because it is not a UTF-8 encoded
           binary (the first invalid byte being `#{inspect(first)}`)
           """},
          {"Reference modules", ":binary"}
        ]
    end
  end
end

defimpl IEx.Info, for: Atom do
  def info(atom) do
    shell_marker =
      if atom == IEx.Helpers.dont_display_result() do
        [
          {"Description",
           """
           This atom is returned by IEx when a function that should not print its
           return value on screen is executed.
           """}
        ]
      else
        []
      end

    [{"Data type", "Atom"}] ++ shell_marker ++ about(atom)
  end

  defp about(atom) do
    cond do
      Code.ensure_loaded?(atom) -> module(atom)
      match?("Elixir." <> _, Atom.to_string(atom)) -> [{"Raw representation", raw(atom)}, {"Reference modules", "Atom"}]
      true -> [{"Reference modules", "Atom"}]
    end
  end

  defp raw(atom), do: ":" <> inspect(Atom.to_string(atom))

  defp module(mod) do
    compile = mod.module_info(:compile)
    docs = if match?({:docs_v1, _, _, _, %{}, _, _}, Code.fetch_docs(mod)), do: "Use h(#{inspect(mod)}) to access its documentation.\n", else: ""

    [
      {"Module bytecode", object_file(:code.which(mod))},
      {"Source", or_none(compile[:source], &Path.relative_to_cwd/1)},
      {"Version", or_none(mod.module_info(:attributes)[:vsn], &inspect/1)},
      {"Compile options", or_none(compile[:options], &inspect/1)},
      {"Description", docs <> "Call #{inspect(mod)}.module_info() to access metadata."}
    ] ++ protocol(mod) ++ [{"Raw representation", raw(mod)}, {"Reference modules", "Module, Atom"}]
  end

  defp object_file([_ | _] = path), do: Path.relative_to_cwd(List.to_string(path))
  defp object_file(other), do: inspect(other)

  defp or_none(nil, _), do: "no value found"
  defp or_none(value, format), do: format.(value)

  defp protocol(mod) do
    if function_exported?(mod, :__protocol__, 1) do
      impls = :beamlet.protocol_impls(mod) |> Enum.map_join(", ", &inspect/1)
      [{"Protocol", "This module is a protocol. These data structures implement it:\n  #{impls}"}]
    else
      []
    end
  end
end

# the calendar types Elixir writes with a sigil say so; other structs are maps with a __struct__ key
defimpl IEx.Info, for: [Date, Time, NaiveDateTime] do
  def info(value) do
    {sigil, what} =
      case value do
        %Date{} -> {"D", "date"}
        %Time{} -> {"T", "time"}
        %NaiveDateTime{} -> {"N", ~S{"naive" datetime (that is, a datetime without a time zone)}}
      end

    module = value.__struct__

    [
      {"Data type", inspect(module)},
      {"Description",
       """
       This is a struct representing a #{what}. It is commonly
       represented using the `~#{sigil}` sigil syntax, that is
       defined in the `Kernel.sigil_#{sigil}/2` macro.
       """},
      {"Raw representation", raw(module, value)},
      {"Reference modules", "#{inspect(module)}, Calendar, Map"}
    ]
  end

  # the struct written out, its fields in the order defstruct gave them
  defp raw(module, value) do
    fields =
      for entry <- module.__info__(:struct) do
        field = struct_field(entry)
        "#{field}: #{inspect(Map.fetch!(value, field))}"
      end

    "%#{inspect(module)}{#{Enum.join(fields, ", ")}}"
  end

  # (beamlet's __info__(:struct) gives {:field, name} where Elixir gives %{field: name, ...})
  defp struct_field(%{field: field}), do: field
  defp struct_field({:field, field}), do: field
end

defimpl IEx.Info, for: Any do
  def info(%module{}) do
    [
      {"Data type", inspect(module)},
      {"Description", "This is a struct. Structs are maps with a __struct__ key."},
      {"Reference modules", inspect(module) <> ", Map"}
    ]
  end
end
