# Mix's state table, as a script sees it: `elixir FILE.exs` does not start the mix application,
# so until Mix.install/2 starts this server the table is missing and reading it raises :ets's
# ArgumentError at Elixir's lines (a project's `beamlet run` uses cli/project/mixfile.ts's Mix)
defmodule Mix.State do
  @moduledoc false
  @name __MODULE__

  # (no `use GenServer`: lib/otp is compiled after this file; the server only owns the table)
  def start(_opts) do
    GenServer.start(__MODULE__, :ok, name: @name)
  end

  def init(:ok) do
    table = :ets.new(@name, [:public, :set, :named_table, read_concurrency: true])
    :ets.insert(table, shell: Mix.Shell.IO, env: from_env("MIX_ENV", :dev), target: from_env("MIX_TARGET", :host))
    {:ok, table}
  end

  defp from_env(name, default) do
    case System.get_env(name) do
      nil -> default
      "" -> default
      value -> String.to_atom(value)
    end
  end

  def fetch(key) do
    case :ets.lookup(@name, key) do
      [{^key, value}] -> {:ok, value}
      [] -> :error
    end
  end

  @beamlet_frame_line 31
  def get(key, default \\ nil) do
    case :ets.lookup(@name, key) do
      [{^key, value}] -> value
      [] -> default
    end
  end

  @beamlet_frame_line 38
  def put(key, value) do
    :ets.insert(@name, {key, value})
    :ok
  end
end

defmodule Mix.Shell.IO do
  @moduledoc false

  def info(message), do: IO.puts(IO.ANSI.format(message))
  def error(message), do: IO.puts(:stderr, IO.ANSI.format([:red, :bright, message]))

  def yes?(message, options \\ []) do
    default = Keyword.get(options, :default, :yes)
    prompt = if default == :yes, do: " [Yn] ", else: " [yN] "
    answer = IO.gets(message <> prompt)
    is_binary(answer) and (String.trim(answer) in ["y", "Y", "yes", "YES", "Yes"] or (default == :yes and String.trim(answer) == ""))
  end
end
