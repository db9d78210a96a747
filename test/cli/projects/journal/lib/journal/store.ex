defmodule Journal.Store do
  @moduledoc "Entries kept by a process; saved to a directory as text files."
  use Agent
  require Logger

  def start_link(opts), do: Agent.start_link(fn -> [] end, Keyword.take(opts, [:name]))

  def add(store, entry) do
    Logger.info("adding #{entry.title}")
    Agent.update(store, &[entry | &1])
  end

  def all(store), do: store |> Agent.get(& &1) |> Enum.reverse()

  def save(store, dir) do
    for {entry, i} <- Enum.with_index(all(store), 1) do
      File.write!(Path.join(dir, "#{i}.txt"), Journal.Entry.to_text(entry))
    end

    Logger.warning("saved #{length(all(store))} entries")
    File.ls!(dir) |> Enum.sort()
  end

  def prompt_title do
    case IO.gets("title> ") do
      :eof -> {:error, :no_input}
      line -> {:ok, String.trim(line)}
    end
  end
end
