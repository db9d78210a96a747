defmodule WordCount do
  def main(args) do
    {opts, files, _} = OptionParser.parse(args, switches: [lines: :boolean, words: :boolean])
    opts = if opts == [], do: [lines: true, words: true], else: opts
    results =
      for f <- files do
        case File.read(f) do
          {:ok, text} -> {:ok, f, count(text, opts)}
          {:error, reason} -> {:error, f, :file.format_error(reason)}
        end
      end
    Enum.each(results, fn
      {:ok, f, c} -> IO.puts(Enum.map_join(c, " ", fn {k, v} -> "#{k}=#{v}" end) <> " " <> f)
      {:error, f, msg} -> IO.puts(:stderr, "wc: #{f}: #{msg}")
    end)
    if Enum.any?(results, &match?({:error, _, _}, &1)), do: 1, else: 0
  end
  defp count(text, opts) do
    [lines: length(String.split(text, "\n", trim: true)), words: length(String.split(text))]
    |> Enum.filter(fn {k, _} -> opts[k] end)
  end
end
System.at_exit(fn status -> IO.puts("at_exit status=#{status}") end)
File.write!("wc_sample.txt", "one two\nthree\n\nfour five six\n")
code = WordCount.main(["wc_sample.txt", "--words", "missing.txt"])
File.rm!("wc_sample.txt")
IO.puts("exiting with #{code}")
exit({:shutdown, code})
IO.puts("never")
