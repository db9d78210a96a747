#!/usr/bin/perl
# Renames beamlet's lib modules (see real_check.sh) so they can be loaded beside Elixir's own.
use strict;
my @whole = qw(Enumerable Enum Collectable Stream MapSet Access Exception);
my @errors = qw(RuntimeError ArgumentError ArithmeticError SystemLimitError CondClauseError MatchError
  CaseClauseError WithClauseError TryClauseError BadMapError BadStructError BadBooleanError
  BadFunctionError BadArityError KeyError FunctionClauseError UndefinedFunctionError ErlangError
  UnicodeConversionError);
# functions defined by the half modules (lib/map.ex ...): only calls to them are renamed
my %half;
my $libdir = $0; $libdir =~ s{test/lib/rename.pl$}{lib};
for my $m (qw(Map List Keyword Range String Kernel)) {
  my $file = lc($m) . ".ex";
  open(my $fh, "<", "$libdir/$file") or next;
  local $/; my $src = <$fh>; close $fh;
  my %names; $names{$1} = 1 while $src =~ /^\s*def\s+([a-z_][\w]*[?!]?)/mg;
  $half{$m} = \%names;
}
local $/; my $s = <STDIN>;
$s =~ s/\bString\.Chars\b/BStringChars/g;
$s =~ s/\bInspect\.Algebra\b/BInspectAlgebra/g;
$s =~ s/\bInspect\.Opts\b/BInspectOpts/g;
$s =~ s/\bInspect\.Walker\b/BInspectWalker/g;
$s =~ s/\bProtocol\.UndefinedError\b/BProtocol.UndefinedError/g;
$s =~ s/defimpl\s+Inspect\b/defimpl BInspect/g;
$s =~ s/defprotocol\s+Inspect\b/defprotocol BInspect/g;
$s =~ s/\bInspect\.(inspect)\b/BInspect.$1/g;
for my $w (@whole, @errors) { $s =~ s/(?<![.\w])$w\b/B$w/g; }
for my $m (keys %half) {
  $s =~ s/defmodule\s+$m\s+do/defmodule B$m do/g;
  my $names = $half{$m};
  $s =~ s/(?<![.\w])$m\.([a-z_]\w*[?!]?)/exists $names->{$1} ? "B$m.$1" : "$m.$1"/ge;
}
# our Kernel functions must not clash with Elixir's auto-imported ones
$s =~ s/defmodule BKernel do/defmodule BKernel do\n  import Kernel, except: [get_in: 2, get_and_update_in: 3, put_in: 3, update_in: 3, pop_in: 2, struct: 1, struct: 2, struct!: 1, struct!: 2, to_string: 1, then: 2, tap: 2]/;
# the struct of ranges stays Elixir's
$s =~ s/%BRange\{/%Range{/g;
print $s;
