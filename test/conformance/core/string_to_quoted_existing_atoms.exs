# Code.string_to_quoted(existing_atoms_only: true): the first name (in the text's order, interpolations
# included) of an atom that does not exist is the tokenizer's error; an interpolated atom becomes
# :erlang.binary_to_existing_atom/2
IO.inspect Code.string_to_quoted("foo?(zzz_q1?) + zzz_b1!()", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("x = \"\#{a} and \#{zzz_in2}\"", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("[zzz_k3: 1, b: 2]", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("f(zzz_k4: 1)", existing_atoms_only: true)
IO.inspect Code.string_to_quoted(":zzz_a5 + :ok", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("Foo.Zzz_a6", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("\"zzz_str7\"", existing_atoms_only: true)
IO.inspect Code.string_to_quoted(":\"zzz_q8\#{1}\"", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("a.\"zzz_q9\"()", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("1 +\nzzz_q10", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("zzz_q11 +", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("zzz_q12 ) 1", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("x do: zzz_q14", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("?a + 1", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("@zzz_q15", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("&zzz_q16/1", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("zzz_q17 zzz_q18", existing_atoms_only: true)
try do
  Code.string_to_quoted!("abc zzz_q20", existing_atoms_only: true)
rescue
  e -> IO.inspect(e)
end
IO.inspect Code.string_to_quoted("zzz_q21.(1)", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("x.Zzz_q22", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("%{zzz_q23: 1}", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("a when zzz_q24", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("Zzz_q25.f()", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("__MODULE__.Zzz_q26", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("zzz_q27 (1 +", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("\"\#{zzz_q28 +}\"", existing_atoms_only: true)
IO.inspect Code.string_to_quoted("x = :\"zzz_q8\#{1}\"")
