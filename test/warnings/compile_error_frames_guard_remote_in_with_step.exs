defmodule Signup do
  def check(params) do
    with {:ok, name} <- Map.fetch(params, "name"),
         {:ok, email} when String.contains?(email, "@") <- Map.fetch(params, "email") do
      {:ok, name, email}
    end
  end
end

IO.inspect(Signup.check(%{"name" => "ann", "email" => "ann@example.com"}))
