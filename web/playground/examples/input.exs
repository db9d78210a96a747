# IO.gets reads a line of standard input: type it in the "stdin" field under the output and
# press Enter. EOF (or Ctrl+D in the field) ends the input: IO.gets then returns :eof.
defmodule Greeter do
  def loop(count) do
    case IO.gets("Your name (EOF to stop)? ") do
      :eof ->
        IO.puts("\nbye, #{count} names read")

      line ->
        name = String.trim(line)
        digest = :crypto.hash(:sha256, name) |> Base.encode16(case: :lower)
        IO.puts("Hello, #{name}! (sha256 #{binary_part(digest, 0, 16)}...)")
        loop(count + 1)
    end
  end
end

Greeter.loop(0)
